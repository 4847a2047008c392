"""SQLite storage through sqlite-utils: the only module that writes SQL.

* WAL mode for file databases; ``secure_delete`` on, so erased text is overwritten.
* Every write runs inside :meth:`Store.transaction` (``BEGIN IMMEDIATE`` ...
  ``COMMIT``, rolled back on any exception): a crash leaves the old state or the
  new one, never half of a write.
* Versioned migrations (:data:`MIGRATIONS`), recorded in ``schema_migrations``.

Profiles are stored as JSON documents (the columns of :mod:`matcher.profiles`),
vectors as float32 blobs tagged with the model name, dimension and text hash.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import sqlite_utils

from matcher.errors import CofoundryError
from matcher.models import Profile
from matcher.profiles import check_profile, profile_to_dict

__all__ = ["MIGRATIONS", "Store", "StoredVector"]

F32 = npt.NDArray[np.float32]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _m1_initial(db: sqlite_utils.Database) -> None:
    table = db.table
    table("profiles").create(
        {"id": str, "data": str, "created_at": str, "updated_at": str}, pk="id"
    )
    table("vectors").create(
        {
            "profile_id": str,
            "field": str,
            "model": str,
            "dim": int,
            "text_hash": str,
            "vector": bytes,
            "phrases": str,
            "phrase_vectors": bytes,
        },
        pk=("profile_id", "field"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    table("tokens").create(
        {
            "token_hash": str,
            "profile_id": str,
            "role": str,
            "label": str,
            "created_at": str,
        },
        pk="token_hash",
    )
    table("tokens").create_index(["profile_id"])
    table("avoids").create({"owner": str, "other": str, "created_at": str}, pk=("owner", "other"))
    table("avoids").create_index(["other"])
    table("meta").create({"key": str, "value": str}, pk="key")
    # One row per write that can change suggestions: the in-memory search state and the
    # saved index catch up from here instead of being rebuilt.
    db.execute(
        "CREATE TABLE changes (version INTEGER PRIMARY KEY AUTOINCREMENT, profile_id TEXT NOT NULL)"
    )


#: Ordered schema migrations; the position + 1 is the version.
MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (_m1_initial,)


@dataclass(frozen=True, slots=True, eq=False)
class StoredVector:
    """One encoded field of one profile."""

    profile_id: str
    field: str
    model: str
    dim: int
    text_hash: str
    vector: F32
    phrases: tuple[str, ...]
    phrase_vectors: F32


class Store:
    """The profile database.

    Parameters
    ----------
    path : str or Path
        A database file, or ``":memory:"`` (tests).

    Examples
    --------
    >>> from matcher.profiles import check_profile
    >>> store = Store(":memory:")
    >>> with store.transaction():
    ...     created = store.put_profile(check_profile({"id": "ana", "name": "Ana", "offers": "o",
    ...                                                "needs": "n"}))
    >>> store.get_profile("ana").name, store.schema_version()
    ('Ana', 1)
    """

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        if self.path != ":memory:":
            parent = Path(self.path).parent
            if not parent.exists():
                raise CofoundryError(
                    f"database folder {str(parent)!r} does not exist",
                    field="db",
                    value=self.path,
                    hint="create the folder or point COFOUNDRY_DB at a writable path",
                )
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("PRAGMA busy_timeout = 5000")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise CofoundryError(
                f"cannot open database {self.path!r}: {exc}",
                field="db",
                value=self.path,
                hint="check the path is writable, or point COFOUNDRY_DB elsewhere",
            ) from exc
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.RLock()
        self._depth = 0
        self.migrate()

    # ---------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``; nested calls join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self.db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self.db.execute("ROLLBACK")
                raise
            self._depth = 0
            self.db.execute("COMMIT")

    def _require_tx(self) -> None:
        if not self._depth:
            raise RuntimeError(
                "write outside a transaction; wrap it in `with store.transaction():`"
            )

    # ------------------------------------------------------------ migrations
    def schema_version(self) -> int:
        """Highest applied migration (0 on an empty database)."""
        if not self.db["schema_migrations"].exists():
            return 0
        row = next(self.db.query("SELECT MAX(version) AS v FROM schema_migrations"))
        return int(row["v"] or 0)

    def migrate(self) -> int:
        """Apply pending migrations, each in its own transaction; return the new version."""
        with self.transaction():
            if not self.db["schema_migrations"].exists():
                self.db.table("schema_migrations").create(
                    {"version": int, "applied_at": str}, pk="version"
                )
            current = self.schema_version()
            for version, step in enumerate(MIGRATIONS, start=1):
                if version > current:
                    step(self.db)
                    self.db.execute(
                        "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                        [version, _now()],
                    )
        return self.schema_version()

    # -------------------------------------------------------------- profiles
    def put_profile(self, profile: Profile) -> bool:
        """Insert or replace a profile; True if it was new. Must run in a transaction."""
        self._require_tx()
        now = _now()
        data = json.dumps(profile_to_dict(profile), ensure_ascii=False, sort_keys=True)
        existed = self.db.execute("SELECT 1 FROM profiles WHERE id = ?", [profile.id]).fetchone()
        if existed:
            self.db.execute(
                "UPDATE profiles SET data = ?, updated_at = ? WHERE id = ?",
                [data, now, profile.id],
            )
        else:
            self.db.execute(
                "INSERT INTO profiles (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)",
                [profile.id, data, now, now],
            )
        self.touch(profile.id)
        return not existed

    def get_profile(self, profile_id: str) -> Profile | None:
        """The profile with this id, or None."""
        row = self.db.execute("SELECT data FROM profiles WHERE id = ?", [profile_id]).fetchone()
        return check_profile(json.loads(row[0])) if row else None

    def profiles(self, ids: Sequence[str] | None = None) -> list[Profile]:
        """All profiles (or those with ``ids``), ordered by id."""
        if ids is None:
            rows = self.db.execute("SELECT data FROM profiles ORDER BY id").fetchall()
        else:
            rows = []
            for chunk in _chunks(list(ids), 500):
                marks = ",".join("?" * len(chunk))
                rows += self.db.execute(
                    f"SELECT data FROM profiles WHERE id IN ({marks}) ORDER BY id", chunk
                ).fetchall()
        return [check_profile(json.loads(r[0])) for r in rows]

    def profile_ids(self) -> set[str]:
        """Ids of every stored profile."""
        return {r[0] for r in self.db.execute("SELECT id FROM profiles").fetchall()}

    def count_profiles(self) -> int:
        """How many profiles are stored."""
        return int(self.db.execute("SELECT COUNT(*) FROM profiles").fetchone()[0])

    def delete_profile(self, profile_id: str) -> bool:
        """Erase a profile, its vectors, tokens and avoid entries; True if it existed."""
        self._require_tx()
        for sql in (
            "DELETE FROM vectors WHERE profile_id = ?",
            "DELETE FROM tokens WHERE profile_id = ?",
            "DELETE FROM avoids WHERE owner = ? OR other = ?",
        ):
            self.db.execute(sql, [profile_id] * sql.count("?"))
        gone = self.db.execute("DELETE FROM profiles WHERE id = ?", [profile_id]).rowcount
        self.touch(profile_id)
        return bool(gone)

    # --------------------------------------------------------------- vectors
    def put_vector(self, v: StoredVector) -> None:
        """Insert or replace one encoded field. Must run in a transaction."""
        self._require_tx()
        self.db.execute(
            "INSERT OR REPLACE INTO vectors (profile_id, field, model, dim, text_hash, vector,"
            " phrases, phrase_vectors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                v.profile_id,
                v.field,
                v.model,
                v.dim,
                v.text_hash,
                np.ascontiguousarray(v.vector, dtype=np.float32).tobytes(),
                json.dumps(list(v.phrases), ensure_ascii=False),
                np.ascontiguousarray(v.phrase_vectors, dtype=np.float32).tobytes(),
            ],
        )
        self.touch(v.profile_id)

    def vector_hashes(self, model: str) -> dict[tuple[str, str], str]:
        """``(profile_id, field) -> text_hash`` of the vectors stored for ``model``."""
        rows = self.db.execute(
            "SELECT profile_id, field, text_hash FROM vectors WHERE model = ?", [model]
        ).fetchall()
        return {(r[0], r[1]): r[2] for r in rows}

    def vectors(self, model: str, ids: Iterable[str] | None = None) -> Iterator[StoredVector]:
        """Stored vectors of ``model`` (for ``ids``, or all), in profile id order."""
        sql = (
            "SELECT profile_id, field, model, dim, text_hash, vector, phrases, phrase_vectors"
            " FROM vectors WHERE model = ?"
        )
        if ids is None:
            batches: list[list[str] | None] = [None]
        else:
            batches = list(_chunks(list(ids), 500))
        for chunk in batches:
            params: list[Any] = [model]
            query = sql
            if chunk is not None:
                query += f" AND profile_id IN ({','.join('?' * len(chunk))})"
                params += chunk
            for r in self.db.execute(query + " ORDER BY profile_id, field", params):
                dim = int(r[3])
                yield StoredVector(
                    profile_id=r[0],
                    field=r[1],
                    model=r[2],
                    dim=dim,
                    text_hash=r[4],
                    vector=np.frombuffer(r[5], dtype=np.float32),
                    phrases=tuple(json.loads(r[6])),
                    phrase_vectors=np.frombuffer(r[7], dtype=np.float32).reshape(-1, dim),
                )

    # ------------------------------------------------------------ version
    def touch(self, profile_id: str) -> int:
        """Record that ``profile_id`` changed (profile, vectors, deletion); return the new version."""
        self._require_tx()
        cur = self.db.execute("INSERT INTO changes (profile_id) VALUES (?)", [profile_id])
        return int(cur.lastrowid or 0)

    def data_version(self) -> int:
        """A counter that grows with every profile or vector write (0 on an empty database)."""
        row = self.db.execute("SELECT MAX(version) FROM changes").fetchone()
        return int(row[0] or 0)

    def changed_since(self, version: int) -> set[str]:
        """Ids of the profiles written after ``version`` (see :meth:`data_version`)."""
        rows = self.db.execute(
            "SELECT DISTINCT profile_id FROM changes WHERE version > ?", [version]
        ).fetchall()
        return {r[0] for r in rows}

    # ---------------------------------------------------------------- tokens
    def add_token(self, token_hash: str, profile_id: str | None, role: str, label: str) -> None:
        """Store a token by its hash. Must run in a transaction."""
        self._require_tx()
        self.db.execute(
            "INSERT INTO tokens (token_hash, profile_id, role, label, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [token_hash, profile_id, role, label, _now()],
        )

    def find_token(self, token_hash: str) -> tuple[str | None, str] | None:
        """``(profile_id, role)`` of a token hash, or None."""
        row = self.db.execute(
            "SELECT profile_id, role FROM tokens WHERE token_hash = ?", [token_hash]
        ).fetchone()
        return (row[0], row[1]) if row else None

    # ---------------------------------------------------------------- avoids
    def add_avoid(self, owner: str, other: str) -> None:
        """``owner`` never wants to be matched with ``other``. Must run in a transaction."""
        self._require_tx()
        self.db.execute(
            "INSERT OR IGNORE INTO avoids (owner, other, created_at) VALUES (?, ?, ?)",
            [owner, other, _now()],
        )

    def remove_avoid(self, owner: str, other: str) -> bool:
        """Take ``other`` off ``owner``'s avoid list; True if it was there."""
        self._require_tx()
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

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
