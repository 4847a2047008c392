"""The tables of profiles, their vectors and the change log, and their queries.

Profiles are stored as JSON documents (the columns of :mod:`matcher.profiles.model`),
vectors as float32 blobs tagged with the model name, dimension and text hash (a model
change re-encodes, never mixes). Every write that can change suggestions adds a row to
the database's change log (kind ``profile``, see :mod:`matcher.db`): the in-memory search
state of every process and a saved index catch up from it instead of being rebuilt.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import secrets
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from matcher.db import Database, utcnow, utcnow_text
from matcher.profiles.model import ZONES, Profile, zone_offset
from matcher.profiles.validation import check_profile, profile_to_dict

__all__ = [
    "ERASED_IDS_KEY",
    "PROFILE",
    "ProfileStore",
    "StoredVector",
    "example_store",
    "m_erased_ids",
    "m_profile_zones",
    "m_profiles",
    "zone_for",
]

F32 = npt.NDArray[np.float32]
#: The change-log kind of profile and vector writes (the key is the profile id).
PROFILE = "profile"


def m_profiles(db: Database) -> None:
    """Profiles (JSON documents), their vectors, the change log and the ``meta`` counters."""
    blob = db.blob_type
    for sql in (
        'CREATE TABLE "profiles" ("id" TEXT PRIMARY KEY, "data" TEXT, "created_at" TEXT,'
        ' "updated_at" TEXT)',
        'CREATE TABLE "vectors" ("profile_id" TEXT REFERENCES "profiles"("id"), "field" TEXT,'
        f' "model" TEXT, "dim" INTEGER, "text_hash" TEXT, "vector" {blob}, "phrases" TEXT,'
        f' "phrase_vectors" {blob}, PRIMARY KEY ("profile_id", "field"))',
        'CREATE TABLE "meta" ("key" TEXT PRIMARY KEY, "value" TEXT)',
        # One row per write that can change suggestions (moved into the database's
        # change log by matcher.db.m_change_log).
        f"CREATE TABLE changes (version {db.id_column()}, profile_id TEXT NOT NULL)",
    ):
        db.execute(sql)


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


def zone_for(offset: float, location: str, year: int) -> str:
    """The listed city (:data:`~matcher.profiles.model.ZONES`) named in ``location`` whose
    winter or summer offset in ``year`` is ``offset``; "" when none is, or several are.

    Examples
    --------
    >>> zone_for(2.0, "Paris, France", 2026), zone_for(1.0, "Lyon", 2026)
    ('Europe/Paris', '')
    >>> zone_for(-5.0, "New York", 2026), zone_for(3.0, "Paris", 2026)
    ('America/New_York', '')
    """
    text = location.lower()
    moments = [dt.datetime(year, m, 15, tzinfo=dt.UTC) for m in (1, 7)]
    found = [
        z
        for z in ZONES
        if z.rsplit("/", 1)[-1].replace("_", " ").lower() in text
        and any(zone_offset(z, at) == offset for at in moments)
    ]
    return found[0] if len(found) == 1 else ""


def m_profile_zones(db: Database) -> None:
    """Profiles keep an IANA time zone (issue 18): a profile whose location names a listed
    city with the stored offset (in winter or in summer) gets that city's zone; every other
    one keeps its fixed offset, read as before. The offset stays in the data either way."""
    year = dt.datetime.now(dt.UTC).year
    rows = db.execute("SELECT id, data FROM profiles").fetchall()
    for pid, text in rows:
        data = json.loads(text)
        if data.get("timezone"):
            continue
        try:
            offset = float(data.get("utc_offset") or 0.0)
        except (TypeError, ValueError):
            continue
        zone = zone_for(offset, str(data.get("location") or ""), year)
        if zone:
            data["timezone"] = zone
            db.execute(
                "UPDATE profiles SET data = ? WHERE id = ?",
                [json.dumps(data, ensure_ascii=False, sort_keys=True), pid],
            )


#: The purpose, in the community's signing keys, of the key that hashes erased ids.
ERASED_IDS_KEY = "erased_ids"


def m_erased_ids(db: Database) -> None:
    """The ids of erased members, never given again (red team 17's root): a keyed hash of
    each (HMAC-SHA256, never the id, which is often a name), and no time (which would tie
    it to the erasure's pseudonym, see ``erasures``); the key, made here once, in the
    community's signing keys (purpose ``erased_ids``)."""
    db.execute("CREATE TABLE erased_ids (digest TEXT PRIMARY KEY)")
    db.execute(
        "INSERT INTO signing_keys (purpose, secret) VALUES (?, ?)",
        [ERASED_IDS_KEY, secrets.token_hex(32)],
    )


class ProfileStore:
    """Profiles, their vectors and the change log, over a :class:`~matcher.db.Database`.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> from matcher.profiles.validation import check_profile
    >>> store = ProfileStore(connect())
    >>> with store.db.transaction():
    ...     created = store.put_profile(check_profile({"id": "ana", "name": "Ana", "offers": "o",
    ...                                                "needs": "n"}))
    >>> store.get_profile("ana").name, store.count_profiles(), created
    ('Ana', 1, True)
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        #: the current UTC time: a profile with a time zone is read with the zone's offset
        #: at this moment (daylight saving time)
        self.clock: Callable[[], dt.datetime] = utcnow

    # ------------------------------------------------------------ erased ids
    def _erased_key(self) -> bytes:
        """The key erased ids are hashed with (:data:`ERASED_IDS_KEY`), read from the
        database each time: every process and every restart use the same one."""
        row = self.db.execute(
            "SELECT secret FROM signing_keys WHERE purpose = ?", [ERASED_IDS_KEY]
        ).fetchone()
        if row is None:  # never skip the check: every erased id would be free again
            raise LookupError(
                f"no signing key {ERASED_IDS_KEY!r}: the database is not migrated, or the key"
                " was deleted (restore it from a backup: without it, erased ids are lost)"
            )
        return bytes.fromhex(row[0])

    @staticmethod
    def _digest(key: bytes, person_id: str) -> str:
        return hmac.digest(key, person_id.encode(), "sha256").hex()

    def bury(self, person_id: str) -> None:
        """Keep ``person_id`` (just erased) from ever being given again: its keyed hash goes
        in ``erased_ids``. In the erasure's transaction.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> store = ProfileStore(connect())
        >>> with store.db.transaction():
        ...     store.bury("ana-lopez")
        >>> store.buried(["ana-lopez", "bob"]), store.is_buried("ana-lopez")
        ({'ana-lopez'}, True)
        >>> [d == "ana-lopez" for (d,) in store.db.execute("SELECT digest FROM erased_ids")]
        [False]
        """
        self.db.require_transaction()
        digest = self._digest(self._erased_key(), person_id)
        if not self.db.execute("SELECT 1 FROM erased_ids WHERE digest = ?", [digest]).fetchone():
            self.db.execute("INSERT INTO erased_ids (digest) VALUES (?)", [digest])

    def is_buried(self, person_id: str) -> bool:
        """Whether ``person_id`` is an erased member's id (never given again). Read it in the
        transaction that takes the id, so an erasure committed meanwhile is seen."""
        return bool(self.buried([person_id]))

    def buried(self, ids: Iterable[str]) -> set[str]:
        """The erased members' ids among ``ids``."""
        key = self._erased_key()
        if self.db.execute("SELECT 1 FROM erased_ids LIMIT 1").fetchone() is None:
            return set()  # nobody erased yet: no hash to make
        by_digest = {self._digest(key, i): i for i in ids}
        found: set[str] = set()
        for chunk in _chunks(list(by_digest), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT digest FROM erased_ids WHERE digest IN ({marks})", chunk
            )
            found |= {by_digest[r[0]] for r in rows}
        return found

    # -------------------------------------------------------------- profiles
    def put_bare(self, *ids: str) -> None:
        """Bare profiles (name = id, offers ``o``, needs ``n``) in one transaction: the
        people of other domains' examples and tests.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> store = ProfileStore(connect())
        >>> store.put_bare("ana", "bob")
        >>> store.count_profiles()
        2
        """
        with self.db.transaction():
            for pid in ids:
                self.put_profile(
                    check_profile({"id": pid, "name": pid, "offers": "o", "needs": "n"})
                )

    def put_profile(self, profile: Profile) -> bool:
        """Insert or replace a profile; True if it was new. Must run in a transaction."""
        self.db.require_transaction()
        now = utcnow_text()
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
        return check_profile(json.loads(row[0])).at_time(self.clock()) if row else None

    def profiles(self, ids: Sequence[str] | None = None) -> list[Profile]:
        """All profiles (or those with ``ids``), ordered by id."""
        now = self.clock()
        if ids is None:  # row by row: a million documents are never all held as text
            rows = self.db.execute("SELECT data FROM profiles ORDER BY id")
            return [check_profile(json.loads(r[0])).at_time(now) for r in rows]
        out: list[Profile] = []
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT data FROM profiles WHERE id IN ({marks}) ORDER BY id", chunk
            )
            out += [check_profile(json.loads(r[0])).at_time(now) for r in rows]
        return out

    def profiles_after(self, after: str | None, n: int) -> list[Profile]:
        """The ``n`` profiles with the smallest ids above ``after`` (from the first with
        None), ordered by id: a listing reads a page at a time, never the whole community.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> store = ProfileStore(connect())
        >>> for pid in ("cyd", "ana", "bob"):
        ...     store.put_bare(pid)
        >>> [p.id for p in store.profiles_after(None, 2)], [p.id for p in store.profiles_after("bob", 2)]
        (['ana', 'bob'], ['cyd'])
        """
        now = self.clock()
        rows = self.db.execute(
            "SELECT data FROM profiles WHERE id > ? ORDER BY id LIMIT ?", [after or "", n]
        )
        return [check_profile(json.loads(r[0])).at_time(now) for r in rows]

    def profile_ids(self) -> set[str]:
        """Ids of every stored profile."""
        return {r[0] for r in self.db.execute("SELECT id FROM profiles").fetchall()}

    def count_profiles(self) -> int:
        """How many profiles are stored."""
        return int(self.db.execute("SELECT COUNT(*) FROM profiles").fetchone()[0])

    def delete_profile(self, profile_id: str) -> bool:
        """Delete a profile and its vectors; True if it existed. Must run in a transaction.

        The rows other domains hold about the person are theirs to delete (see
        :meth:`matcher.profiles.service.ProfileService.delete_profile`).
        """
        self.db.require_transaction()
        self.db.execute("DELETE FROM vectors WHERE profile_id = ?", [profile_id])
        gone = self.db.execute("DELETE FROM profiles WHERE id = ?", [profile_id]).rowcount
        self.touch(profile_id)
        return bool(gone)

    # --------------------------------------------------------------- vectors
    def put_vector(self, v: StoredVector) -> None:
        """Insert or replace one encoded field. Must run in a transaction."""
        self.db.require_transaction()
        self.db.execute(
            "INSERT INTO vectors (profile_id, field, model, dim, text_hash, vector,"
            " phrases, phrase_vectors) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (profile_id, field) DO UPDATE SET model = excluded.model,"
            " dim = excluded.dim, text_hash = excluded.text_hash, vector = excluded.vector,"
            " phrases = excluded.phrases, phrase_vectors = excluded.phrase_vectors",
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

    def vector_models(self, sample: int = 256) -> dict[str, int]:
        """How many of the ``sample`` profiles written last have vectors of each model, most
        first: the models a process wrote with lately, read through two indexes (the change
        log's newest profile writes, then the vectors' key), not a scan of every vector (a
        million profiles hold three million rows). A database whose change log holds no
        profile write is sampled by the vectors' key instead.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> ProfileStore(connect()).vector_models()
        {}
        """
        recent = self.db.execute(
            "SELECT v.model, COUNT(DISTINCT v.profile_id) AS n FROM vectors v"
            " JOIN (SELECT DISTINCT key FROM (SELECT key FROM change_log WHERE kind = ?"
            " ORDER BY seq DESC LIMIT ?) w) c ON v.profile_id = c.key"
            " GROUP BY v.model ORDER BY n DESC, v.model",
            [PROFILE, sample],
        ).fetchall()
        rows = (
            recent
            or self.db.execute(
                "SELECT model, COUNT(DISTINCT profile_id) AS n FROM (SELECT profile_id, model"
                " FROM vectors ORDER BY profile_id DESC, field LIMIT ?) s"
                " GROUP BY model ORDER BY n DESC, model",
                [3 * sample],
            ).fetchall()
        )
        return {r[0]: int(r[1]) for r in rows}

    def ids_without_vectors(self, model: str) -> set[str]:
        """Ids of the profiles with no vector of ``model`` at all (never encoded with it).

        One query through the vectors' key, instead of every profile's id and every
        vector's hash in memory (a million profiles: three million rows read per check).

        Examples
        --------
        >>> from matcher.schema import connect
        >>> store = ProfileStore(connect())
        >>> store.put_bare("ana")
        >>> store.ids_without_vectors("m")
        {'ana'}
        """
        rows = self.db.execute(
            "SELECT id FROM profiles WHERE NOT EXISTS"
            " (SELECT 1 FROM vectors WHERE vectors.profile_id = profiles.id AND vectors.model = ?)",
            [model],
        ).fetchall()
        return {r[0] for r in rows}

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

    def field_vectors(self, model: str) -> Iterator[tuple[str, str, bytes]]:
        """``(profile_id, field, float32 bytes)`` of every stored whole-field vector of
        ``model``, in profile id order, without the phrases: what the search state is built
        from, streamed (a million profiles' rows are never held at once, and their phrase
        vectors, twice the size of the fields', are not read).

        Examples
        --------
        >>> import numpy as np
        >>> from matcher.schema import connect
        >>> store = example_store(connect())
        >>> [(pid, f, np.frombuffer(b, np.float32).tolist()) for pid, f, b in store.field_vectors("m")]
        [('ana', 'offers', [1.0, 1.0])]
        """
        rows = self.db.execute(
            "SELECT profile_id, field, vector FROM vectors WHERE model = ?"
            " ORDER BY profile_id, field",
            [model],
        )
        for r in rows:
            yield r[0], r[1], r[2]

    def phrase_vectors(
        self, model: str, ids: Sequence[str], fields: Sequence[str]
    ) -> Iterator[tuple[str, str, tuple[str, ...], F32]]:
        """``(profile_id, field, phrases, phrase vectors)`` of ``fields`` of ``ids`` for
        ``model``, in profile id order, without the whole-field vectors: what explains the
        cards of the people shown, in one read.

        Examples
        --------
        >>> from matcher.schema import connect
        >>> store = example_store(connect())
        >>> [(pid, f, p, v.shape) for pid, f, p, v in store.phrase_vectors("m", ["ana"], ["offers"])]
        [('ana', 'offers', ('o',), (1, 2))]
        """
        marks = ",".join("?" * len(fields))
        for chunk in _chunks(list(ids), 500):
            query = (
                "SELECT profile_id, field, dim, phrases, phrase_vectors FROM vectors"
                f" WHERE model = ? AND field IN ({marks})"
                f" AND profile_id IN ({','.join('?' * len(chunk))})"
                " ORDER BY profile_id, field"
            )
            for r in self.db.execute(query, [model, *fields, *chunk]):
                yield (
                    r[0],
                    r[1],
                    tuple(json.loads(r[3])),
                    np.frombuffer(r[4], dtype=np.float32).reshape(-1, int(r[2])),
                )

    # ------------------------------------------------------------ version
    def touch(self, profile_id: str) -> int:
        """Record that ``profile_id`` changed (profile, vectors, deletion); return the new version."""
        return self.db.log_change(PROFILE, profile_id)

    def data_version(self) -> int:
        """A counter that grows with every profile or vector write (0 on an empty database)."""
        return self.db.head(PROFILE)

    def changed_since(self, version: int) -> set[str]:
        """Ids of the profiles written after ``version`` (see :meth:`data_version`)."""
        return {key for _, key in self.db.changes_since(version, PROFILE)}

    # ------------------------------------------------------------- privacy
    def profile_times(self, person: str) -> tuple[str, str] | None:
        """``(created_at, updated_at)`` of the person's profile row, or None."""
        row = self.db.execute(
            "SELECT created_at, updated_at FROM profiles WHERE id = ?", [person]
        ).fetchone()
        return (row[0], row[1]) if row else None

    def vector_info(self, person: str) -> list[tuple[str, str, int, str]]:
        """``(field, model, dim, text_hash)`` of the vectors computed from the person's texts."""
        rows = self.db.execute(
            "SELECT field, model, dim, text_hash FROM vectors WHERE profile_id = ?"
            " ORDER BY model, field",
            [person],
        ).fetchall()
        return [(r[0], r[1], int(r[2]), r[3]) for r in rows]

    def forget_changes(self, person: str, pseudonym: str) -> int:
        """Drop every change naming the person; log the erasure under the pseudonym.

        Other processes cannot learn from the log which id to drop from their search
        state: the erasure epoch (:meth:`matcher.privacy.store.PrivacyStore.bump_epoch`) makes them rebuild it instead.
        Must run in a transaction.
        """
        gone = self.db.forget_key(person)
        self.touch(pseudonym)
        return gone


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def example_store(db: Database) -> ProfileStore:
    """A store over ``db`` (a fresh database) holding one profile, ``ana``, with one
    vector of model ``"m"``: her ``offers`` as ``[1, 1]``, one phrase ``"o"``. What the
    examples of the vector reads start from.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> store = example_store(connect())
    >>> [v.field for v in store.vectors("m")]
    ['offers']
    """
    store = ProfileStore(db)
    store.put_bare("ana")
    with store.db.transaction():
        store.put_vector(
            StoredVector(
                "ana",
                "offers",
                "m",
                2,
                "h",
                np.ones(2, np.float32),
                ("o",),
                np.ones((1, 2), np.float32),
            )
        )
    return store
