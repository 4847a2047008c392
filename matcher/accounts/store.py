"""The tables of accounts, browser sessions and one-time links.

Sessions and links are kept by the SHA-256 of their secret only. A link row records when it
was used: a used, expired or superseded link is refused.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from matcher.accounts.model import (
    MAX_LABEL,
    Account,
    Invitation,
    LinkPurpose,
    Session,
    public_id,
)
from matcher.addresses import address_key
from matcher.db import Database, utc_text
from matcher.security import bookkeeping

__all__ = [
    "AccountStore",
    "m_account_address_key",
    "m_account_confirmation",
    "m_accounts",
    "m_address_codes",
    "m_address_proofs",
    "m_address_side_keys",
    "m_address_stops",
    "m_invitations",
    "m_session_proof",
]


def m_accounts(db: Database) -> None:
    """Accounts, sessions and one-time links (issue 18)."""
    db.execute(
        "CREATE TABLE accounts (id TEXT PRIMARY KEY, email TEXT NOT NULL,"
        " name TEXT NOT NULL, lang TEXT NOT NULL, password_hash TEXT, created_at TEXT NOT NULL)"
    )
    # one account per address whatever its case (ASCII case, on both backends)
    db.execute("CREATE UNIQUE INDEX accounts_email ON accounts (lower(email))")
    db.execute(
        "CREATE TABLE sessions (hash TEXT PRIMARY KEY, member_id TEXT NOT NULL,"
        " created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, expires_at TEXT NOT NULL,"
        " label TEXT NOT NULL DEFAULT '')"
    )
    db.execute("CREATE INDEX idx_sessions_member ON sessions (member_id)")
    db.execute(
        "CREATE TABLE account_links (hash TEXT PRIMARY KEY, account_id TEXT NOT NULL,"
        " purpose TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL,"
        " used_at TEXT)"
    )
    db.execute("CREATE INDEX idx_account_links_account ON account_links (account_id)")


def m_invitations(db: Database) -> None:
    """Sign-up invitations a member shares, and who signed up with each (issue 18)."""
    db.execute(
        "CREATE TABLE invitations (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,"
        " created_by TEXT NOT NULL, label TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL,"
        " expires_at TEXT NOT NULL, max_uses INTEGER, uses INTEGER NOT NULL DEFAULT 0,"
        " revoked_at TEXT, seq INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute("CREATE INDEX idx_invitations_by ON invitations (created_by)")
    db.execute(
        "CREATE TABLE invitation_uses (invitation_id TEXT NOT NULL, account_id TEXT NOT NULL,"
        " used_at TEXT NOT NULL, PRIMARY KEY (invitation_id, account_id))"
    )
    db.execute("CREATE INDEX idx_invitation_uses_account ON invitation_uses (account_id)")


def m_account_confirmation(db: Database) -> None:
    """When each account's address was confirmed (None: not yet). Accounts made before
    count as confirmed from their sign-up (they were mailed all along, and nothing tells
    the real owners from the rest now); one *confirmed* account per address, while any
    number of unconfirmed sign-ups may name it (none blocks the address's owner)."""
    db.execute("ALTER TABLE accounts ADD COLUMN confirmed_at TEXT")
    db.execute("UPDATE accounts SET confirmed_at = created_at")
    db.execute("DROP INDEX accounts_email")
    db.execute(
        "CREATE UNIQUE INDEX accounts_email ON accounts (lower(email))"
        " WHERE confirmed_at IS NOT NULL"
    )
    db.execute("CREATE INDEX idx_accounts_email_all ON accounts (lower(email))")


def m_address_proofs(db: Database) -> None:
    """The address each one-time link was mailed to (``sent_to``: a personal invitation's
    profile address, which may change after), and the addresses of profiles without an
    account that their owner proved by using such a link (``address_proofs``, lower case)."""
    db.execute("ALTER TABLE account_links ADD COLUMN sent_to TEXT")
    # the order of sign-ups (two in one second too): the oldest unconfirmed ones of an
    # address sign in by password (PASSWORD_SLOTS); accounts made before all read 0
    db.execute("ALTER TABLE accounts ADD COLUMN seq INTEGER NOT NULL DEFAULT 0")
    db.execute(
        "CREATE TABLE address_proofs (member_id TEXT NOT NULL, email TEXT NOT NULL,"
        " proven_at TEXT NOT NULL, PRIMARY KEY (member_id, email))"
    )


def m_address_codes(db: Database) -> None:
    """Confirmation codes bound to an address, not to an account (``email``, lower case):
    whoever reads the mailbox confirms with any of them the account they are signed in to
    that names the address, so strangers' sign-ups spend no letter the owner cannot use."""
    db.execute(
        "CREATE TABLE address_codes (hash TEXT PRIMARY KEY, email TEXT NOT NULL,"
        " created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT)"
    )
    db.execute("CREATE INDEX idx_address_codes_email ON address_codes (email)")


def m_session_proof(db: Database) -> None:
    """How each browser session began (``proof``): ``password``, ``link`` (a sign-in link
    mailed to the address), ``reset`` (a reset link), or ``""`` (a sign-up, an API token
    pasted, or a session older than this column): a change of address trusts only a recent
    password or link."""
    db.execute("ALTER TABLE sessions ADD COLUMN proof TEXT NOT NULL DEFAULT ''")


def m_address_stops(db: Database) -> None:
    """The addresses whose owner stopped the letters nobody there asked for (lower case):
    the link in every letter to an unproven address."""
    db.execute("CREATE TABLE address_stops (email TEXT PRIMARY KEY, stopped_at TEXT NOT NULL)")


logger = logging.getLogger(__name__)


def m_account_address_key(db: Database) -> None:
    """Each account's address key (:func:`~matcher.addresses.address_key`: NFC, Unicode
    lower case), computed here for every row: accounts are looked up and held unique by it,
    no longer by the database's ``lower()`` (ASCII only on SQLite, the locale's on
    PostgreSQL). Confirmed accounts that the new rule makes one address (``ÉLISE@`` and
    ``élise@``, both confirmed before) are not merged: the oldest keeps the address's key,
    each later one a key of its own (``<key> #2``, ``#3``: it signs in by its sessions,
    tokens or a change of address, not by that address), and each is reported in the log."""
    db.execute("ALTER TABLE accounts ADD COLUMN email_key TEXT")
    rows = db.execute(
        "SELECT id, email, confirmed_at FROM accounts ORDER BY seq, created_at, id"
    ).fetchall()
    held: dict[str, str] = {}
    apart: dict[str, int] = {}
    for account_id, email, confirmed_at in rows:
        key = address_key(email)
        if confirmed_at is not None:
            if key in held:
                logger.warning(
                    "accounts %r and %r are one address under the new rule (%r): both kept;"
                    " %r signs in by that address, %r must move to another one",
                    held[key],
                    account_id,
                    key,
                    held[key],
                    account_id,
                )
                apart[key] = apart.get(key, 1) + 1
                key = f"{key} #{apart[key]}"  # a number, not the id: no person id here
            else:
                held[key] = account_id
        db.execute("UPDATE accounts SET email_key = ? WHERE id = ?", [key, account_id])
    db.execute("DROP INDEX accounts_email")
    db.execute("DROP INDEX idx_accounts_email_all")
    db.execute(
        "CREATE UNIQUE INDEX accounts_email_key ON accounts (email_key)"
        " WHERE confirmed_at IS NOT NULL"
    )
    db.execute("CREATE INDEX idx_accounts_email_key_all ON accounts (email_key)")


def m_address_side_keys(db: Database) -> None:
    """The tables that hold addresses beside the accounts (``address_codes``,
    ``address_stops``, ``address_proofs``) keyed by the one address rule
    (:func:`~matcher.addresses.address_key`): their rows were written in Python's lower
    case, without Unicode's composed form, so an address typed with a combining accent
    (``e`` + U+0301, as some keyboards send it) no longer matched the lookups, which key
    the address since :func:`m_account_address_key`: a stop was forgotten (letters went to
    someone who had stopped them) and a proof lost. Rows that become one (a stop recorded
    under both spellings) are merged, keeping the earliest date; nothing is dropped."""
    _rekey(db, "address_stops", "stopped_at")
    _rekey(db, "address_proofs", "proven_at", person="member_id")
    for secret_hash, email in db.execute("SELECT hash, email FROM address_codes").fetchall():
        if address_key(email) != email:
            db.execute(
                "UPDATE address_codes SET email = ? WHERE hash = ?",
                [address_key(email), secret_hash],
            )


def _rekey(db: Database, table: str, when: str, person: str = "") -> None:
    """Key the addresses of ``table`` (its ``email`` column, one row per address, or per
    ``person`` and address) by :func:`~matcher.addresses.address_key`; rows that become one
    keep the earliest ``when``."""
    who = person or "''"  # the address's owner, or none (one row per address)
    rows = db.execute(f"SELECT {who}, email, {when} FROM {table}").fetchall()
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for member, email, at in rows:
        groups.setdefault((member, address_key(email)), []).append((email, at))
    for (member, key), found in groups.items():
        if [email for email, _ in found] == [key]:
            continue  # keyed already
        first = min(at for _, at in found)
        if person:
            for email, _ in found:
                db.execute(f"DELETE FROM {table} WHERE {person} = ? AND email = ?", [member, email])
            db.execute(
                f"INSERT INTO {table} ({person}, email, {when}) VALUES (?, ?, ?)",
                [member, key, first],
            )
        else:
            for email, _ in found:
                db.execute(f"DELETE FROM {table} WHERE email = ?", [email])
            db.execute(f"INSERT INTO {table} (email, {when}) VALUES (?, ?)", [key, first])


_INVITATION = "id, code, created_by, label, created_at, expires_at, max_uses, uses, revoked_at"


def _invitation(row: Any) -> Invitation:
    return Invitation(
        row[0],
        row[1],
        row[2],
        row[3],
        _when(row[4]),
        _when(row[5]),
        None if row[6] is None else int(row[6]),
        int(row[7]),
        _when(row[8]) if row[8] else None,
    )


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


_ACCOUNT = "id, email, name, lang, password_hash, created_at, confirmed_at"


def _account(row: Any) -> Account:
    return Account(
        row[0],
        row[1],
        row[2],
        row[3],
        _when(row[5]),
        has_password=bool(row[4]),
        confirmed=row[6] is not None,
    )


class AccountStore:
    """Accounts, sessions and links over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = AccountStore(connect())
    >>> now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    >>> with store.db.transaction():
    ...     store.add_account("ana", "ana@example.org", "Ana", "fr", "h", now, confirmed=now)
    >>> store.by_email("ANA@example.org").id
    'ana'
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    # -------------------------------------------------------------- accounts
    def add_account(
        self,
        account_id: str,
        email: str,
        name: str,
        lang: str,
        password_hash: str | None,
        now: dt.datetime,
        *,
        confirmed: dt.datetime | None = None,
    ) -> None:
        """Store a new account (unconfirmed unless ``confirmed`` says when its address was).
        Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            f"INSERT INTO accounts ({_ACCOUNT}, email_key, seq) VALUES (?, ?, ?, ?, ?, ?, ?,"
            " ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM accounts))",
            [
                account_id,
                email,
                name,
                lang,
                password_hash,
                utc_text(now),
                None if confirmed is None else utc_text(confirmed),
                address_key(email),
            ],
        )

    def get(self, account_id: str) -> Account | None:
        """The account with this id, or None."""
        return self.db.first(
            f"SELECT {_ACCOUNT} FROM accounts WHERE id = ?", [account_id], _account
        )

    def by_email(self, email: str) -> Account | None:
        """The *confirmed* account with this e-mail address (the same address by
        :func:`~matcher.addresses.address_key`: case does not matter, accents' too), or
        None."""
        return self.db.first(
            f"SELECT {_ACCOUNT} FROM accounts WHERE email_key = ? AND confirmed_at IS NOT NULL",
            [address_key(email)],
            _account,
        )

    def unconfirmed_by_email(self, email: str, *, k: int = 5) -> list[Account]:
        """The ``k`` oldest unconfirmed accounts naming this address (case does not matter):
        a later sign-up never comes before an earlier one."""
        return self.db.rows(
            f"SELECT {_ACCOUNT} FROM accounts"
            " WHERE email_key = ? AND confirmed_at IS NULL"
            " ORDER BY seq, created_at, id LIMIT ?",
            [address_key(email), k],
            _account,
        )

    def confirm(self, account_id: str, now: dt.datetime) -> bool:
        """Mark the account's address confirmed; False if another account holds it confirmed
        already (the unique index says so). Must run in a transaction."""
        self.db.require_transaction()
        account = self.get(account_id)
        if account is None:
            return False
        if account.confirmed:
            return True
        held = self.by_email(account.email)
        if held is not None and held.id != account_id:
            return False
        self.db.execute(
            "UPDATE accounts SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL",
            [utc_text(now), account_id],
        )
        return True

    def set_email(self, account_id: str, email: str, now: dt.datetime) -> None:
        """Move the account to ``email``, proven now (a link mailed to it was opened): it is
        confirmed from now if it was not. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "UPDATE accounts SET email = ?, email_key = ?, confirmed_at = COALESCE(confirmed_at, ?)"
            " WHERE id = ?",
            [email, address_key(email), utc_text(now), account_id],
        )

    def drop_password(self, account_id: str) -> None:
        """Forget the password (the member signs in with links until they choose one).
        Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute("UPDATE accounts SET password_hash = NULL WHERE id = ?", [account_id])

    def password_hash(self, account_id: str) -> str | None:
        """The stored argon2 hash (None: the member signs in with links only)."""
        row = self.db.execute(
            "SELECT password_hash FROM accounts WHERE id = ?", [account_id]
        ).fetchone()
        return row[0] if row else None

    def set_password_hash(self, account_id: str, password_hash: str) -> None:
        """Replace the hash. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "UPDATE accounts SET password_hash = ? WHERE id = ?", [password_hash, account_id]
        )

    def replace_password_hash(self, account_id: str, old: str, new: str) -> bool:
        """Replace the hash ``old`` by ``new`` (a re-hash), only if the account still holds
        ``old``; True if it did. Must run in a transaction."""
        self.db.require_transaction()
        done = self.db.execute(
            "UPDATE accounts SET password_hash = ? WHERE id = ? AND password_hash = ?",
            [new, account_id, old],
        )
        return int(done.rowcount) == 1

    def set_lang(self, account_id: str, lang: str) -> None:
        """The language of the member's e-mails. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute("UPDATE accounts SET lang = ? WHERE id = ?", [lang, account_id])

    def ids(self) -> set[str]:
        """Every account id."""
        return {r[0] for r in self.db.execute("SELECT id FROM accounts").fetchall()}

    # -------------------------------------------------------------- sessions
    def add_session(
        self,
        secret_hash: str,
        member_id: str,
        now: dt.datetime,
        expires: dt.datetime,
        label: str,
        proof: str = "",
    ) -> None:
        """Store a session by its hash (``proof``: how it began, see :func:`m_session_proof`).
        Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO sessions (hash, member_id, created_at, last_seen_at, expires_at, label,"
            " proof) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                secret_hash,
                member_id,
                utc_text(now),
                utc_text(now),
                utc_text(expires),
                label[:MAX_LABEL],
                proof,
            ],
        )

    def session_proof(self, secret_hash: str) -> tuple[str, dt.datetime, str] | None:
        """``(member id, began at, proof)`` of the session with this hash, or None."""
        row = self.db.execute(
            "SELECT member_id, created_at, proof FROM sessions WHERE hash = ?", [secret_hash]
        ).fetchone()
        return None if row is None else (row[0], _when(row[1]), row[2] or "")

    def find_session(self, secret_hash: str) -> Session | None:
        """The session with this hash, or None."""
        return self.db.first(
            "SELECT hash, member_id, created_at, last_seen_at, expires_at, label FROM sessions"
            " WHERE hash = ?",
            [secret_hash],
            self._session,
        )

    @staticmethod
    def _session(row: Any) -> Session:
        return Session(
            public_id(row[0]), row[1], _when(row[2]), _when(row[3]), _when(row[4]), row[5]
        )

    def touch_session(self, secret_hash: str, now: dt.datetime) -> None:
        """Record that the session was used now (not a request's work: it marks no
        idempotency claim as run)."""
        with bookkeeping(), self.db.transaction():
            self.db.execute(
                "UPDATE sessions SET last_seen_at = ? WHERE hash = ?", [utc_text(now), secret_hash]
            )

    def sessions_of(self, member_id: str) -> list[Session]:
        """The member's sessions, newest first."""
        return self.db.rows(
            "SELECT hash, member_id, created_at, last_seen_at, expires_at, label FROM sessions"
            " WHERE member_id = ? ORDER BY created_at DESC, hash",
            [member_id],
            self._session,
        )

    def delete_session(self, member_id: str, session_id: str) -> int:
        """Delete the member's session whose public id is ``session_id``. In a transaction."""
        self.db.require_transaction()
        if len(session_id) != 12 or not all(c in "0123456789abcdef" for c in session_id):
            return 0
        return int(
            self.db.execute(
                "DELETE FROM sessions WHERE member_id = ? AND substr(hash, 1, 12) = ?",
                [member_id, session_id],
            ).rowcount
        )

    def delete_session_hash(self, secret_hash: str) -> int:
        """Delete one session by its hash (sign-out). Must run in a transaction."""
        self.db.require_transaction()
        return int(self.db.execute("DELETE FROM sessions WHERE hash = ?", [secret_hash]).rowcount)

    def delete_sessions(self, member_id: str) -> int:
        """Delete every session of a member (sign out everywhere). Must run in a transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute("DELETE FROM sessions WHERE member_id = ?", [member_id]).rowcount
        )

    # ----------------------------------------------------------------- links
    def add_link(
        self,
        secret_hash: str,
        account_id: str,
        purpose: LinkPurpose,
        now: dt.datetime,
        expires: dt.datetime,
        *,
        sent_to: str | None = None,
    ) -> None:
        """Store a new link (``sent_to``: the address it is mailed to, when that is not the
        account's own); the account's earlier unused links of that purpose stop working.
        Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "DELETE FROM account_links WHERE account_id = ? AND purpose = ? AND used_at IS NULL",
            [account_id, purpose.value],
        )
        self.db.execute(
            "INSERT INTO account_links (hash, account_id, purpose, created_at, expires_at,"
            " sent_to) VALUES (?, ?, ?, ?, ?, ?)",
            [secret_hash, account_id, purpose.value, utc_text(now), utc_text(expires), sent_to],
        )

    def pending(self, account_id: str, purpose: LinkPurpose, now: dt.datetime) -> str | None:
        """The address the account's newest unused, unexpired link of ``purpose`` was mailed
        to (a change of address waiting for its link), or None."""
        row = self.db.execute(
            "SELECT sent_to FROM account_links WHERE account_id = ? AND purpose = ?"
            " AND used_at IS NULL AND expires_at > ? ORDER BY created_at DESC LIMIT 1",
            [account_id, purpose.value, utc_text(now)],
        ).fetchone()
        return row[0] if row and row[0] else None

    def link_sent_to(self, secret_hash: str) -> str:
        """The address a link was mailed to, as recorded when it was made ('' if none)."""
        row = self.db.execute(
            "SELECT sent_to FROM account_links WHERE hash = ?", [secret_hash]
        ).fetchone()
        return (row[0] or "") if row else ""

    # ------------------------------------------------- address confirmation codes
    def add_address_code(
        self, secret_hash: str, email: str, now: dt.datetime, expires: dt.datetime
    ) -> None:
        """Store a confirmation code for ``email`` (every expired code goes). Each
        unexpired code of the address works once: a newer one replaces none (a stranger
        asking for more would take the owner's away). Must run in a transaction."""
        self.db.require_transaction()
        address = address_key(email)
        self.purge_address_codes(now)
        self.db.execute(
            "INSERT INTO address_codes (hash, email, created_at, expires_at) VALUES (?, ?, ?, ?)",
            [secret_hash, address, utc_text(now), utc_text(expires)],
        )

    def purge_address_codes(self, now: dt.datetime) -> int:
        """Delete the confirmation codes expired at ``now`` (each names an address, which is
        not kept longer than it serves); how many. Must run in a transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute(
                "DELETE FROM address_codes WHERE expires_at <= ?", [utc_text(now)]
            ).rowcount
        )

    def drop_address_codes(self, email: str) -> int:
        """Delete every confirmation code of ``email`` (nobody can be confirmed with one any
        more). Must run in a transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute(
                "DELETE FROM address_codes WHERE email = ?", [address_key(email)]
            ).rowcount
        )

    def find_address_code(self, secret_hash: str) -> tuple[str, dt.datetime, bool] | None:
        """``(address, expires at, used)`` of a confirmation code, or None."""
        row = self.db.execute(
            "SELECT email, expires_at, used_at FROM address_codes WHERE hash = ?", [secret_hash]
        ).fetchone()
        return None if row is None else (row[0], _when(row[1]), row[2] is not None)

    def use_address_code(self, secret_hash: str, now: dt.datetime) -> bool:
        """Mark a code used; False if it was used already. Must run in a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE address_codes SET used_at = ? WHERE hash = ? AND used_at IS NULL",
            [utc_text(now), secret_hash],
        )
        return cur.rowcount == 1

    # ----------------------------------------------------------- address stops
    def stop_address(self, email: str, now: dt.datetime) -> None:
        """Record that ``email``'s owner wants no letter they did not ask for (once). Must
        run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO address_stops (email, stopped_at) VALUES (?, ?)"
            " ON CONFLICT (email) DO NOTHING",
            [address_key(email), utc_text(now)],
        )

    def address_stopped(self, email: str) -> bool:
        """Whether ``email``'s owner stopped the letters they did not ask for."""
        row = self.db.execute(
            "SELECT 1 FROM address_stops WHERE email = ?", [address_key(email)]
        ).fetchone()
        return row is not None

    # --------------------------------------------------------- address proofs
    def prove(self, member_id: str, email: str, now: dt.datetime) -> None:
        """Record that ``member_id``'s owner proved they read ``email`` (a link mailed to it
        was used). Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO address_proofs (member_id, email, proven_at) VALUES (?, ?, ?)"
            " ON CONFLICT (member_id, email) DO NOTHING",
            [member_id, address_key(email), utc_text(now)],
        )

    def proven(self, member_id: str, email: str) -> bool:
        """Whether ``member_id``'s owner proved they read ``email`` (case does not matter)."""
        row = self.db.execute(
            "SELECT 1 FROM address_proofs WHERE member_id = ? AND email = ?",
            [member_id, address_key(email)],
        ).fetchone()
        return row is not None

    def proofs(self, member_id: str) -> list[tuple[str, dt.datetime]]:
        """The addresses ``member_id`` proved, and when (their export)."""
        return [
            (r[0], _when(r[1]))
            for r in self.db.execute(
                "SELECT email, proven_at FROM address_proofs WHERE member_id = ? ORDER BY email",
                [member_id],
            ).fetchall()
        ]

    def find_link(self, secret_hash: str) -> tuple[str, LinkPurpose, dt.datetime, bool] | None:
        """``(account id, purpose, expires at, used)`` of a link, or None."""
        row = self.db.execute(
            "SELECT account_id, purpose, expires_at, used_at FROM account_links WHERE hash = ?",
            [secret_hash],
        ).fetchone()
        if row is None:
            return None
        return row[0], LinkPurpose(row[1]), _when(row[2]), row[3] is not None

    def use_link(self, secret_hash: str, now: dt.datetime) -> bool:
        """Mark a link used; False if it was used already (by a concurrent request).
        Must run in a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE account_links SET used_at = ? WHERE hash = ? AND used_at IS NULL",
            [utc_text(now), secret_hash],
        )
        return cur.rowcount == 1

    def drop_links(self, account_id: str) -> int:
        """Every unused link of an account stops working. Must run in a transaction."""
        self.db.require_transaction()
        return int(
            self.db.execute(
                "DELETE FROM account_links WHERE account_id = ? AND used_at IS NULL", [account_id]
            ).rowcount
        )

    # ---------------------------------------------------------- invitations
    def add_invitation(self, invitation: Invitation) -> None:
        """Store a new invitation. Must run in a transaction."""
        self.db.require_transaction()
        i = invitation
        self.db.execute(
            f"INSERT INTO invitations ({_INVITATION}, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " (SELECT COALESCE(MAX(seq), 0) + 1 FROM invitations))",
            [
                i.id,
                i.code,
                i.created_by,
                i.label,
                utc_text(i.created_at),
                utc_text(i.expires_at),
                i.max_uses,
                i.uses,
                None,
            ],
        )

    def invitation_by_code(self, code: str) -> Invitation | None:
        """The invitation with this code, or None."""
        return self.db.first(
            f"SELECT {_INVITATION} FROM invitations WHERE code = ?", [code], _invitation
        )

    def invitations_by(self, member_id: str) -> list[Invitation]:
        """The invitations a member made, newest first."""
        return self.db.rows(
            f"SELECT {_INVITATION} FROM invitations WHERE created_by = ?"
            " ORDER BY created_at DESC, seq DESC",
            [member_id],
            _invitation,
        )

    def revoke_invitation(self, member_id: str, invitation_id: str, now: dt.datetime) -> int:
        """Revoke one of the member's invitations (1 if it was theirs). In a transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE invitations SET revoked_at = coalesce(revoked_at, ?)"
            " WHERE id = ? AND created_by = ?",
            [utc_text(now), invitation_id, member_id],
        )
        return int(cur.rowcount)

    def use_invitation(self, invitation_id: str, account_id: str, now: dt.datetime) -> bool:
        """Count one sign-up, if the invitation is still open (one statement: two sign-ups
        never both take its last use). In the sign-up's transaction."""
        self.db.require_transaction()
        cur = self.db.execute(
            "UPDATE invitations SET uses = uses + 1 WHERE id = ? AND revoked_at IS NULL"
            " AND expires_at > ? AND (max_uses IS NULL OR uses < max_uses)",
            [invitation_id, utc_text(now)],
        )
        if cur.rowcount != 1:
            return False
        self.db.execute(
            "INSERT INTO invitation_uses (invitation_id, account_id, used_at) VALUES (?, ?, ?)",
            [invitation_id, account_id, utc_text(now)],
        )
        return True

    def invited_with(self, account_id: str) -> tuple[str, str] | None:
        """(invitation id, who made it) the account signed up with, or None."""
        row = self.db.execute(
            "SELECT u.invitation_id, i.created_by FROM invitation_uses u"
            " JOIN invitations i ON i.id = u.invitation_id WHERE u.account_id = ?",
            [account_id],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def rekey(self, old: str, new: str) -> int:
        """Give the account ``old`` the id ``new`` (a claimed profile's), with its sessions,
        links and invitations. Must run in a transaction."""
        self.db.require_transaction()
        moved = 0
        for sql in (
            "UPDATE accounts SET id = ? WHERE id = ?",
            "UPDATE sessions SET member_id = ? WHERE member_id = ?",
            "UPDATE account_links SET account_id = ? WHERE account_id = ?",
            "UPDATE invitations SET created_by = ? WHERE created_by = ?",
            "UPDATE invitation_uses SET account_id = ? WHERE account_id = ?",
            "UPDATE address_proofs SET member_id = ? WHERE member_id = ?",
        ):
            moved += int(self.db.execute(sql, [new, old]).rowcount)
        return moved

    # --------------------------------------------------------------- erasure
    def forget(self, member_id: str, pseudonym: str = "") -> int:
        """Delete the account, its sessions, links and invitations (made, or signed up
        with). Must run in a transaction."""
        self.db.require_transaction()
        gone = 0
        for sql in (
            "DELETE FROM sessions WHERE member_id = :m",
            "DELETE FROM account_links WHERE account_id = :m",
            "DELETE FROM invitation_uses WHERE account_id = :m OR invitation_id IN"
            " (SELECT id FROM invitations WHERE created_by = :m)",
            "DELETE FROM invitations WHERE created_by = :m",
            "DELETE FROM address_proofs WHERE member_id = :m",
            "DELETE FROM accounts WHERE id = :m",
        ):
            gone += int(self.db.execute(sql, {"m": member_id}).rowcount)
        return gone
