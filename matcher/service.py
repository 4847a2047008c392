"""Use cases: the only place that wires the store, the encoder and the index together.

Routes and CLI commands parse their input, call one method here, and
serialise the result. Permissions are decided here too, from an :class:`Actor`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import numpy as np

from embeddings.encoder import Encoder
from embeddings.index import IndexMismatch, VectorIndex
from matcher.errors import (
    Conflict,
    ImportFailed,
    InvalidInput,
    NotAllowed,
    NotAuthenticated,
    Throttled,
    UnknownProfile,
)
from matcher.models import Profile, Suggestion
from matcher.privacy import can_see
from matcher.profiles import check_profile, check_rows, merge_profile
from matcher.ranking import (
    CandidateTable,
    ProfileVectors,
    Ranked,
    explain_roles,
    match_phrases,
    pool_keys,
    pool_query,
    rank_exact,
    split_phrases,
)
from matcher.scoring import Filters, Weights, preference_checks
from matcher.store import Store, StoredVector
from matcher.store_event_privacy import EventPrivacyStore
from matcher.store_loop import LoopStore
from matcher.store_privacy import erasure_epoch
from matcher.store_security import SecurityStore
from matcher.throttle import Limit
from matcher.tokens import check_token, new_token, token_hash
from matcher.trust import TrustProvider, ViewerTrust

__all__ = ["Actor", "ImportReport", "MatchSettings", "SecuritySettings", "Service"]

logger = logging.getLogger(__name__)

FIELDS = ("offers", "needs", "values")
Role = Literal["member", "admin"]
MAX_K = 100


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is calling: a member (with their profile id) or an admin."""

    profile_id: str | None
    role: Role = "member"

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


ADMIN = Actor(None, "admin")


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """How suggestions are computed (see :mod:`matcher.scoring` for the formula).

    Parameters
    ----------
    weights, filters
        Score weights and hard filters.
    index_kind : {"auto", "flat", "hnsw"}
        Vector index type (``auto``: exact below ``exact_below`` people).
    exact_below : int
        Community size under which every candidate is scored exactly.
    pool : int
        Candidates fetched from the index per query before the exact re-rank.
    min_phrase_similarity : float
        Phrase pairs under this cosine are left out of explanations.
    """

    weights: Weights = field(default_factory=Weights)
    filters: Filters = field(default_factory=Filters)
    index_kind: Literal["auto", "flat", "hnsw"] = "auto"
    exact_below: int = 10_000
    pool: int = 200
    min_phrase_similarity: float = 0.25


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did."""

    created: tuple[str, ...]
    updated: tuple[str, ...]
    rejected: tuple[tuple[int, Mapping[str, Any], tuple[InvalidInput, ...]], ...]
    encoded: int


def _text_hash(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    """Token lifetime and throttling limits.

    Parameters
    ----------
    token_ttl_days : float
        Tokens expire this many days after they are issued.
    signup : Limit
        Sign-ups (``POST /profiles``, which issues a token) per client address.
    token : Limit
        Tokens issued (``POST /tokens``) per admin.
    auth_failure : Limit
        Refused tokens per client address; past it, every token from that address is
        refused for a while (guessing tokens gets nowhere).
    """

    token_ttl_days: float = 90.0
    signup: Limit = field(default_factory=lambda: Limit(per_minute=6, burst=20))
    token: Limit = field(default_factory=lambda: Limit(per_minute=10, burst=30))
    auth_failure: Limit = field(default_factory=lambda: Limit(per_minute=10, burst=20))


_WHAT = {
    "signup": "sign-ups from this address",
    "token": "tokens issued by this caller",
    "auth_failure": "refused tokens from this address",
}


@dataclass
class _Search:
    """The in-memory search state, rebuilt when the data version moves."""

    version: int
    table: CandidateTable
    vectors: dict[str, ProfileVectors]
    index: VectorIndex | None
    epoch: int = 0  # erasures seen (matcher.store_privacy.erasure_epoch)
    #: index position -> table row, for the index at one generation (see `rows_at`)
    _rows: tuple[VectorIndex, int, np.ndarray] | None = field(default=None, repr=False)

    def rows_at(self, positions: np.ndarray) -> np.ndarray:
        """The table rows of index ``positions`` (in order; ids not in the table dropped).

        The position map is built once per index generation (the index is patched in
        place by catch-ups, which also build a new state); call it under the service lock,
        as the search itself, so the map and the positions agree.
        """
        index = self.index
        assert index is not None
        cached = self._rows
        if cached is None or cached[0] is not index or cached[1] != index.generation_:
            cached = (index, index.generation_, index.position_map(self.table.row_of))
            self._rows = cached
        rows: np.ndarray = cached[2][positions]
        return rows[rows >= 0]


class Service:
    """cofoundry's use cases.

    Parameters
    ----------
    store : Store
    encoder : Encoder
    settings : MatchSettings
    index_path : Path, optional
        Where the vector index is saved and reloaded; rebuilt from the store
        when missing or stale.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> service = Service(Store(":memory:"), FakeEncoder(dim=64))
    >>> report = service.import_profiles([
    ...     {"id": "ana", "name": "Ana", "offers": "python code backend",
    ...      "needs": "sales customers", "roles_offered": "tech", "roles_sought": "sales"},
    ...     {"id": "bob", "name": "Bob", "offers": "sales customers",
    ...      "needs": "python code backend", "roles_offered": "sales", "roles_sought": "tech"},
    ... ])
    >>> report.created, report.encoded
    (('ana', 'bob'), 6)
    >>> [(s.candidate, s.score) for s in service.suggest("ana", k=5, actor=ADMIN)]
    [('bob', 0.85)]
    """

    def __init__(
        self,
        store: Store,
        encoder: Encoder,
        settings: MatchSettings | None = None,
        *,
        index_path: Path | None = None,
        trust: TrustProvider | None = None,
        security: SecuritySettings | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.store = store
        self.encoder = encoder
        self.settings = settings or MatchSettings()
        self.security = security or SecuritySettings()
        self.clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self.index_path = index_path
        self.trust = trust
        self._search: _Search | None = None
        self._lock = threading.RLock()

    # ------------------------------------------------------------- profiles
    def _visible(self, profile: Profile, actor: Actor | None) -> bool:
        """The one visibility rule, :func:`matcher.privacy.can_see` (an event-only profile
        is looked up in the events only when the answer depends on it)."""
        if actor is None:
            return can_see(profile, None)
        return EventPrivacyStore(self.store).visible(
            profile, actor.profile_id, admin=actor.is_admin
        )

    def get_profile(self, profile_id: str, *, actor: Actor | None) -> Profile:
        """A profile the actor may see; hidden ones are reported as unknown (no leak)."""
        profile = self.store.get_profile(profile_id)
        if profile is None or not self._visible(profile, actor):
            raise UnknownProfile(
                f"no profile {profile_id!r}",
                field="id",
                value=profile_id,
                hint="check the id; hidden profiles are not shown",
            )
        return profile

    def list_profiles(
        self, *, actor: Actor | None, offset: int = 0, limit: int = 50
    ) -> list[Profile]:
        """Profiles the actor may see, by id."""
        visible = [p for p in self.store.profiles() if self._visible(p, actor)]
        return visible[offset : offset + limit]

    def create_profile(self, raw: Mapping[str, Any]) -> tuple[Profile, str]:
        """Create a profile and a member token for it; returns both (the token is shown once)."""
        profile = check_profile(raw)
        with self.store.transaction():
            if self.store.get_profile(profile.id) is not None:
                raise Conflict(
                    f"profile id {profile.id!r} is already taken",
                    field="id",
                    value=profile.id,
                    hint="choose another id",
                )
            self.store.put_profile(profile)
            token = self._new_token(profile.id, "member", "sign-up")
        self.ensure_vectors([profile.id])
        return profile, token

    def _require_owner(
        self,
        profile_id: str,
        actor: Actor | None,
        *,
        action: str = "change a profile",
        refusal: str = "you may only change your own profile, not {id!r}",
        hint: str = "use the token of that profile's owner",
    ) -> None:
        """Only the profile's owner or an admin may go on."""
        if actor is None:
            raise NotAuthenticated(
                f"sign in to {action}", hint="send Authorization: Bearer <token>"
            )
        if not actor.is_admin and actor.profile_id != profile_id:
            raise NotAllowed(refusal.format(id=profile_id), field="id", value=profile_id, hint=hint)

    def _may_edit(self, profile_id: str, actor: Actor | None) -> None:
        self._require_owner(profile_id, actor)

    def update_profile(
        self, profile_id: str, changes: Mapping[str, Any], *, actor: Actor | None
    ) -> Profile:
        """Apply a partial update (owner or admin)."""
        self._may_edit(profile_id, actor)
        with self.store.transaction():
            current = self.store.get_profile(profile_id)
            if current is None:
                raise UnknownProfile(f"no profile {profile_id!r}", field="id", value=profile_id)
            updated = merge_profile(current, changes)
            self.store.put_profile(updated)
        self.ensure_vectors([profile_id])
        return updated

    def delete_profile(self, profile_id: str, *, actor: Actor | None) -> None:
        """Delete a profile, its vectors, tokens, avoid entries and trust records (owner or admin).

        The complete erasure (ledgers pseudonymised, change log, index file, WAL) is
        :meth:`matcher.service_privacy.PrivacyService.erase`, which the API uses.
        """
        self._may_edit(profile_id, actor)
        with self.store.transaction():
            if not self.store.delete_profile(profile_id):
                raise UnknownProfile(f"no profile {profile_id!r}", field="id", value=profile_id)

    def import_profiles(
        self,
        rows: Iterable[Mapping[str, Any]],
        *,
        skip_invalid: bool = False,
        source: str = "import",
        progress: bool = False,
    ) -> ImportReport:
        """Create or update many profiles in one transaction.

        Without ``skip_invalid`` any invalid row aborts the whole import
        (:class:`ImportFailed` lists every problem) and nothing is written; with
        it, valid rows are imported and the rejected ones are returned.
        """
        good, bad = check_rows(list(rows))
        if bad and not skip_invalid:
            raise ImportFailed([e for _, _, errs in bad for e in errs], source=source)
        created: list[str] = []
        updated: list[str] = []
        with self.store.transaction():
            for profile in good:
                (created if self.store.put_profile(profile) else updated).append(profile.id)
        encoded = self.ensure_vectors([p.id for p in good], progress=progress)
        return ImportReport(
            created=tuple(created),
            updated=tuple(updated),
            rejected=tuple((n, raw, tuple(errs)) for n, raw, errs in bad),
            encoded=encoded,
        )

    # -------------------------------------------------------------- vectors
    def ensure_vectors(self, ids: Sequence[str] | None = None, *, progress: bool = False) -> int:
        """Encode the texts that changed (or were never encoded with this model); return how many.

        Each field is encoded whole (for search) and phrase by phrase (for
        explanations). A text whose hash and model match the stored vector is
        not encoded again.
        """
        model = self.encoder.name
        known = self.store.vector_hashes(model)
        profiles = self.store.profiles(ids)
        todo: list[tuple[str, str, str, tuple[str, ...]]] = []
        for p in profiles:
            for f in FIELDS:
                text = getattr(p, f)
                if known.get((p.id, f)) != _text_hash(model, text):
                    phrases = split_phrases(text) if f != "values" else ()
                    todo.append((p.id, f, text, phrases))
        if not todo:
            return 0
        texts: list[str] = []
        for _, _, text, phrases in todo:
            texts.append(text)
            texts.extend(phrases)
        nonempty = list(dict.fromkeys(t for t in texts if t.strip()))  # each distinct text once
        encoded = self.encoder.encode(nonempty, progress=progress) if nonempty else None
        dim = self.encoder.dim
        lookup: dict[str, np.ndarray] = {}
        if encoded is not None:
            lookup = dict(zip(nonempty, encoded, strict=True))
        zero = np.zeros(dim, dtype=np.float32)
        with self.store.transaction():
            for pid, f, text, phrases in todo:
                self.store.put_vector(
                    StoredVector(
                        profile_id=pid,
                        field=f,
                        model=model,
                        dim=dim,
                        text_hash=_text_hash(model, text),
                        vector=lookup.get(text, zero),
                        phrases=phrases,
                        phrase_vectors=np.array(
                            [lookup.get(ph, zero) for ph in phrases], dtype=np.float32
                        ).reshape(len(phrases), dim),
                    )
                )
        logger.info("encoded %d texts with %s", len(texts), model)
        return len(todo)

    def _load_vectors(self, ids: Sequence[str] | None = None) -> dict[str, ProfileVectors]:
        parts: dict[str, dict[str, Any]] = {}
        for v in self.store.vectors(self.encoder.name, ids):
            parts.setdefault(v.profile_id, {})[v.field] = v
        out = {}
        for pid, fields in parts.items():
            if set(fields) != set(FIELDS):
                continue
            out[pid] = ProfileVectors(
                offers=fields["offers"].vector,
                needs=fields["needs"].vector,
                values=fields["values"].vector,
                offer_phrases=fields["offers"].phrases,
                offer_phrase_vectors=fields["offers"].phrase_vectors,
                need_phrases=fields["needs"].phrases,
                need_phrase_vectors=fields["needs"].phrase_vectors,
            )
        return out

    def _catch_up_limit(self, size: int) -> int:
        """Most changes applied incrementally; past it a full rebuild is cheaper."""
        return max(1000, size // 10)

    def _state(self) -> _Search:
        """The search state for the current data version.

        Built once from the store; afterwards only the profiles written since
        (the store's change log) are reloaded, and the table and index are
        patched, so one edit in a large community costs milliseconds, not a
        rebuild.
        """
        with self._lock:
            version = self.store.data_version()
            epoch = erasure_epoch(self.store)
            current = self._search
            if current is not None and current.epoch != epoch:
                current = None  # someone was erased elsewhere: the log no longer names them
            if current is not None and current.version == version:
                return current
            missing = self.store.profile_ids() - {
                pid for (pid, _f) in self.store.vector_hashes(self.encoder.name)
            }
            if missing:
                self.ensure_vectors(sorted(missing))
                version = self.store.data_version()
            if current is not None:
                changed = self.store.changed_since(current.version)
                if len(changed) <= self._catch_up_limit(len(current.table)):
                    self._search = self._catch_up(current, changed, version)
                    return self._search
            self._search = self._full_state(version)
            self._search.epoch = epoch
            return self._search

    def _wants_index(self, size: int) -> bool:
        return size >= self.settings.exact_below or self.settings.index_kind != "auto"

    def _full_state(self, version: int) -> _Search:
        vectors = self._load_vectors()
        candidates = [p for p in self.store.profiles() if p.suggestable and p.id in vectors]
        dim = self.encoder.dim
        table = CandidateTable.build(candidates, [vectors[p.id] for p in candidates], dim)
        index = self._index_for(table, version) if self._wants_index(len(table)) else None
        return _Search(version, table, vectors, index)

    def _catch_up(self, state: _Search, changed: set[str], version: int) -> _Search:
        ids = sorted(changed)
        fresh = self._load_vectors(ids)
        profiles = {p.id: p for p in self.store.profiles(ids)}
        vectors = {k: v for k, v in state.vectors.items() if k not in changed} | fresh
        upserts = [
            (profiles[i], fresh[i])
            for i in ids
            if i in profiles and i in fresh and profiles[i].suggestable
        ]
        table = state.table.updated(upserts, removed=changed, dim=self.encoder.dim)
        index = state.index
        if index is None and self._wants_index(len(table)):
            index = self._index_for(table, version)
        elif index is not None:
            self._patch_index(index, table, changed, version)
        return _Search(version, table, vectors, index, state.epoch)

    def _patch_index(
        self, index: VectorIndex, table: CandidateTable, changed: set[str], version: int
    ) -> None:
        """Bring ``index`` up to ``version``: drop changed ids, add back the suggestable ones."""
        index.remove(sorted(changed))
        rows = [table.row_of[i] for i in sorted(changed) if i in table.row_of]
        if rows:
            index.add(pool_keys(table, rows), [table.profiles[r].id for r in rows])
        index.model_ = self._index_tag(version)

    def _index_model(self) -> str:
        """The index's model tag: the encoder, and the erasure epoch once someone was erased."""
        epoch = erasure_epoch(self.store)
        return self.encoder.name + (f"#erasures-{epoch}" if epoch else "")

    def _index_tag(self, version: int) -> str:
        return f"{self._index_model()}@data-v{version}"

    def _index_for(self, table: CandidateTable, version: int) -> VectorIndex:
        """The saved index, caught up with the change log; or a new one, saved."""
        if self.index_path is not None and self.index_path.exists():
            try:
                index = VectorIndex.load(self.index_path, dim=table.offers.shape[1] * 3 + 19)
                model, _, saved = index.model_.rpartition("@data-v")
                if model != self._index_model() or not saved.isdigit() or int(saved) > version:
                    raise IndexMismatch(f"index was built for {index.model_!r}")
                changed = self.store.changed_since(int(saved))
                if len(changed) > self._catch_up_limit(len(table)):
                    raise IndexMismatch(f"{len(changed)} profiles changed since it was saved")
                self._patch_index(index, table, changed, version)
                logger.info(
                    "loaded index %s (%d vectors, %d caught up)",
                    self.index_path,
                    len(index),
                    len(changed),
                )
                return index
            except (IndexMismatch, ValueError, OSError, KeyError) as exc:
                logger.warning(  # a KeyError's text is a profile id: no ids in logs
                    "index %s is stale or unreadable (%s); rebuilding",
                    self.index_path,
                    type(exc).__name__ if isinstance(exc, KeyError) else exc,
                )
        keys = pool_keys(table)
        index = VectorIndex(self.settings.index_kind, exact_below=self.settings.exact_below).fit(
            keys, [p.id for p in table.profiles], model=self._index_tag(version)
        )
        if self.index_path is not None:
            index.save(self.index_path)
        return index

    def warm(self) -> None:
        """Load the encoder and build the search state now, so the first query need not wait."""
        self.encoder.encode(["warm-up"])
        self._state()

    def search_lag(self) -> tuple[bool, int, int]:
        """``(built, lag, limit)``: is the in-memory search state built, how many changes
        behind the database it is, and how many it catches up on the next query (beyond
        that it is rebuilt)."""
        current = self._search
        if current is None:
            return False, 0, 0
        lag = self.store.data_version() - current.version
        return True, lag, self._catch_up_limit(len(current.table))

    @property
    def uses_index(self) -> bool:
        """Whether suggestions come from the vector index (else from an exact scan)."""
        return self._search is not None and self._search.index is not None

    def saved_index_problem(self) -> str | None:
        """Why the saved index file cannot serve as it is, or None (fine, or no file).

        Checked by ``cofoundry serve`` before it starts: a file of another model, of another
        database, or too far behind the database to be caught up at start.
        """
        if self.index_path is None or not self.index_path.exists():
            return None
        try:
            index = VectorIndex.load(self.index_path)
        except (IndexMismatch, ValueError, OSError, KeyError) as exc:
            return f"it cannot be read ({exc})"
        model, _, saved = index.model_.rpartition("@data-v")
        if model != self.encoder.name:
            return f"it holds vectors of {model!r}, not of the encoder in use {self.encoder.name!r}"
        version = self.store.data_version()
        if not saved.isdigit() or int(saved) > version:
            return (
                f"it was built for data version {saved}, but the database is at {version}"
                " (an index of another database?)"
            )
        changed = len(self.store.changed_since(int(saved)))
        limit = self._catch_up_limit(len(index))
        if changed > limit:
            return f"{changed} profiles changed since it was saved (at most {limit} are caught up)"
        return None

    def save_index(self) -> bool:
        """Write the current index to ``index_path`` (so the next start need not catch up)."""
        with self._lock:
            if self._search is None or self._search.index is None or self.index_path is None:
                return False
            state = self._state()  # catch up first: never write back someone erased since
            if state.index is None:  # pragma: no cover - an index is never dropped
                return False
            state.index.save(self.index_path)
            return True

    def forget(self, profile_ids: Iterable[str]) -> bool:
        """Drop erased people from the in-memory search state and from the saved index file.

        Called after an erasure committed: the table, the vectors and the index forget
        them (the index scrubs their vectors), and the index file is rewritten
        atomically. Without a state in memory, a saved index is loaded, patched and
        rewritten; it is deleted (rebuilt at the next start) if it cannot be read or may
        hold someone erased earlier. Returns True if a file was rewritten.
        """
        ids = set(profile_ids)
        with self._lock:
            state = self._search
            version = self.store.data_version()
            if state is not None:
                changed = self.store.changed_since(state.version) | ids
                state = self._catch_up(state, changed, version)
                state.epoch = erasure_epoch(self.store)
                self._search = state
                if state.index is not None and self.index_path is not None:
                    state.index.save(self.index_path)
                    return True
            if self.index_path is None or not self.index_path.exists():
                return False
            try:
                index = VectorIndex.load(self.index_path)
                model, _, saved = index.model_.rpartition("@data-v")
                name, _, epoch = model.partition("#erasures-")
                if name != self.encoder.name or int(epoch or 0) != erasure_epoch(self.store) - 1:
                    # built for another model, or it missed an earlier erasure (a crash
                    # between that commit and its rewrite): it may hold someone else erased
                    raise IndexMismatch(f"index {index.model_!r} is not one erasure behind")
                index.remove(sorted(ids), compact=False)
                index.model_ = f"{self._index_model()}@data-v{saved}"  # the rest: caught up on load
                index.save(self.index_path)
            except (IndexMismatch, ValueError, OSError, KeyError) as exc:
                logger.warning("index %s unusable (%s); deleted", self.index_path, exc)
                self.index_path.unlink(missing_ok=True)
                return False
            return True

    def rebuild_index(self) -> int:
        """Drop the in-memory state and the index file, and build them again; return its size."""
        with self._lock:
            self._search = None
            if self.index_path is not None:
                self.index_path.unlink(missing_ok=True)
            state = self._state()
            if state.index is None:
                state.index = self._index_for(state.table, state.version)
            return len(state.index)

    # ----------------------------------------------------------- suggestions
    def suggest(
        self, profile_id: str, *, k: int = 10, actor: Actor | None, explain: bool = True
    ) -> list[Suggestion]:
        """Ranked, explained suggestions of associates for ``profile_id`` (owner or admin).

        Small communities are scored exhaustively; large ones take a pool from the
        vector index (``settings.pool`` candidates for the linear form of the score)
        and re-rank it exactly, widening the pool when filters leave fewer than ``k``.
        """
        if not 1 <= k <= MAX_K:
            raise InvalidInput(
                f"k must be between 1 and {MAX_K}", field="k", value=k, hint="ask for fewer"
            )
        self._require_owner(
            profile_id,
            actor,
            action="see suggestions",
            refusal="suggestions are private to their owner; you are not {id!r}",
            hint="ask for your own suggestions",
        )
        state = self._state()
        # the search state is at the database's current version: a suggestable viewer's
        # profile is already in memory (no read, no re-validation of the stored JSON)
        row = state.table.row_of.get(profile_id)
        viewer = (
            state.table.profiles[row] if row is not None else self.store.get_profile(profile_id)
        )
        if viewer is None:
            raise UnknownProfile(f"no profile {profile_id!r}", field="id", value=profile_id)
        vv = state.vectors.get(profile_id)
        if vv is None:  # pragma: no cover - _state encodes every profile
            raise UnknownProfile(f"profile {profile_id!r} has no vectors yet", field="id")
        # avoid lists, "not a fit" feedback and declined introductions, both ways
        avoided = self.store.avoided_either_way(profile_id) | LoopStore(self.store).kept_apart(
            profile_id
        )
        viewer_trust = self.trust.viewer_trust(profile_id) if self.trust is not None else None
        if viewer_trust is not None and viewer_trust.has_edges:
            return self._suggest_trusted(viewer, vv, state, k, avoided, viewer_trust, explain)
        ranked = self._rank(viewer, vv, state, k, avoided)
        return [self._suggestion(viewer, vv, state, r, phrases=explain) for r in ranked]

    def suggested_profiles(self, suggestions: Sequence[Suggestion]) -> dict[str, Profile]:
        """The profiles of the people in ``suggestions``, by id (to show their names).

        Taken from the search state that ranked them (it is at the database's version of
        that moment), so a suggestion costs no second read of ten profiles; anyone no
        longer in it (changed meanwhile) is read from the store.
        """
        state = self._search
        out: dict[str, Profile] = {}
        missing: list[str] = []
        for s in suggestions:
            row = state.table.row_of.get(s.candidate) if state is not None else None
            if row is None:
                missing.append(s.candidate)
            else:
                out[s.candidate] = state.table.profiles[row]  # type: ignore[union-attr]
        if missing:
            out |= {p.id: p for p in self.store.profiles(missing)}
        return out

    def _suggest_trusted(
        self,
        viewer: Profile,
        vv: ProfileVectors,
        state: _Search,
        k: int,
        avoided: set[str],
        vt: ViewerTrust,
        explain: bool,
    ) -> list[Suggestion]:
        """Suggestions with trust (see :mod:`matcher.trust`): only when the viewer has trust edges.

        ``score = (1 - w_t - w_a) * match score + w_t * trust + w_a * again`` over a
        pool of the ``max(3k, 30)`` best matches and the ``max(3k, 30)`` most trusted
        people (scored exactly, through the same filters), so that someone the viewer's
        collaborators worked well with can rise even when their profile text ranks them
        lower; each carries its trust, the "worked together and would again" flag and the
        best warm-intro path.
        """
        assert self.trust is not None
        ts = self.trust.settings
        size = max(3 * k, 30)
        pool = self._rank(viewer, vv, state, size, avoided)
        have = {r.row for r in pool}
        trusted = sorted(((-t, cid) for cid, t in vt.trust.items() if t > 0))[:size]
        extra = [
            row
            for _, cid in trusted
            if (row := state.table.row_of.get(cid)) is not None and row not in have
        ]
        if extra:  # the filters, must-haves and avoid lists apply to them as to the pool
            pool += self._exact(viewer, vv, state, len(extra), avoided, np.asarray(extra))
        rescored = []
        for r in pool:
            cid = state.table.profiles[r.row].id
            trust, again = vt.trust.get(cid, 0.0), cid in vt.again
            score = ts.blend(r.score, trust, float(again))
            rescored.append((round(score, 6), cid, r, trust, again))
        rescored.sort(key=lambda item: (-item[0], item[1]))
        out = []
        for score, cid, r, trust, again in rescored[:k]:
            s = self._suggestion(viewer, vv, state, replace(r, score=score), phrases=explain)
            path = self.trust.intro_path(viewer.id, cid)
            out.append(
                replace(s, trust=round(trust, 6), worked_together_again=again, intro_path=path)
            )
        return out

    def _exact(
        self,
        viewer: Profile,
        vv: ProfileVectors,
        state: _Search,
        k: int,
        avoided: set[str],
        rows: np.ndarray | None = None,
    ) -> list[Ranked]:
        """The ``k`` best of ``rows`` (all candidates by default), scored exactly."""
        s = self.settings
        return rank_exact(
            viewer,
            vv,
            state.table,
            k=k,
            weights=s.weights,
            filters=s.filters,
            avoided=avoided,
            rows=rows,
        )

    def _rank(
        self, viewer: Profile, vv: ProfileVectors, state: _Search, k: int, avoided: set[str]
    ) -> list[Ranked]:
        s = self.settings

        def exact(rows: np.ndarray | None = None) -> list[Ranked]:
            return self._exact(viewer, vv, state, k, avoided, rows)

        if state.index is None:
            return exact()
        query = pool_query(viewer, vv, s.weights)
        pool = s.pool
        while True:
            with self._lock:  # the index is patched in place by _catch_up
                hits = state.index.search_positions(query, k=pool, exclude=[viewer.id])
                rows = state.rows_at(hits)
            ranked = exact(rows)
            if len(ranked) >= k or len(hits) < pool:
                return ranked
            if pool >= 8 * s.pool:  # filters reject most of the pool: scan exactly
                return exact()
            pool *= 2

    def _suggestion(
        self,
        viewer: Profile,
        vv: ProfileVectors,
        state: _Search,
        ranked: Ranked,
        *,
        phrases: bool = True,
    ) -> Suggestion:
        cand = state.table.profiles[ranked.row]
        cv = state.vectors[cand.id]
        theirs, mine = explain_roles(viewer, cand)
        min_sim = self.settings.min_phrase_similarity
        return Suggestion(
            viewer=viewer.id,
            candidate=cand.id,
            score=ranked.score,
            components=ranked.components,
            meets_my_needs=match_phrases(
                vv.need_phrases,
                vv.need_phrase_vectors,
                cv.offer_phrases,
                cv.offer_phrase_vectors,
                min_similarity=min_sim,
            )
            if phrases
            else (),
            meets_their_needs=match_phrases(
                cv.need_phrases,
                cv.need_phrase_vectors,
                vv.offer_phrases,
                vv.offer_phrase_vectors,
                min_similarity=min_sim,
            )
            if phrases
            else (),
            roles_they_bring=theirs,
            roles_i_bring=mine,
            common_languages=tuple(c for c in viewer.languages if c in cand.languages),
            preferences=preference_checks(viewer, cand, self.settings.filters),
        )

    # --------------------------------------------------------------- avoids
    def avoid(self, owner: str, other: str, *, actor: Actor | None) -> list[str]:
        """Put ``other`` on ``owner``'s private avoid list; returns the list."""
        self._may_edit(owner, actor)
        if owner == other:
            raise InvalidInput("you cannot avoid yourself", field="id", value=other)
        with self.store.transaction():
            profile = self.store.get_profile(other)
            if profile is None or not self._visible(profile, actor):  # hidden: as if absent
                raise UnknownProfile(f"no profile {other!r}", field="id", value=other)
            self.store.add_avoid(owner, other)
        return self.store.avoid_list(owner)

    def unavoid(self, owner: str, other: str, *, actor: Actor | None) -> list[str]:
        """Take ``other`` off ``owner``'s avoid list; returns the list."""
        self._may_edit(owner, actor)
        with self.store.transaction():
            self.store.remove_avoid(owner, other)
        return self.store.avoid_list(owner)

    def avoid_list(self, owner: str, *, actor: Actor | None) -> list[str]:
        """The owner's avoid list, to the owner (or an admin) only."""
        self._may_edit(owner, actor)
        return self.store.avoid_list(owner)

    # --------------------------------------------------------------- tokens
    def _new_token(self, profile_id: str | None, role: Role, label: str) -> str:
        token = new_token()
        expires = self.clock() + dt.timedelta(days=self.security.token_ttl_days)
        SecurityStore(self.store).add_token(
            token_hash(token), profile_id, role, label, expires_at=expires
        )
        return token

    def create_token(
        self, profile_id: str | None, *, role: Role = "member", label: str = ""
    ) -> str:
        """A new bearer token (returned once; only its SHA-256 is stored); it expires."""
        if role not in ("member", "admin"):
            raise InvalidInput(
                "role must be member or admin", field="role", value=role, hint="use member"
            )
        if role == "member" and not profile_id:
            raise InvalidInput(
                "a member token needs a profile id",
                field="profile",
                value=profile_id,
                hint="pass the id of the member's profile",
            )
        with self.store.transaction():
            if profile_id is not None and self.store.get_profile(profile_id) is None:
                raise UnknownProfile(
                    f"no profile {profile_id!r}", field="profile", value=profile_id
                )
            return self._new_token(profile_id, role, label)

    def authenticate(self, token: str | None) -> Actor | None:
        """The actor behind a bearer token; None for no token; NotAuthenticated for a bad one.

        A token is refused when it is not in cofoundry's format, when its checksum does not
        match (damaged or tampered), when it was never issued or was revoked, and when it
        has expired; each with its own message (see :mod:`matcher.tokens`).
        """
        if not token:
            return None
        found = SecurityStore(self.store).find_token(token_hash(check_token(token)))
        if found is None:
            raise NotAuthenticated(
                "unknown or revoked token", hint="create one with: cofoundry token create"
            )
        if found.expires_at is not None and found.expires_at <= self.clock():
            raise NotAuthenticated(
                f"token expired on {found.expires_at.date().isoformat()}",
                hint="tokens expire; create a new one with `cofoundry token create`"
                " or ask an admin (POST /tokens)",
            )
        return Actor(found.profile_id, "admin" if found.role == "admin" else "member")

    # ------------------------------------------------------------- throttle
    def throttle(self, action: Literal["signup", "token", "auth_failure"], who: str) -> None:
        """Count one attempt at ``action`` by ``who``; :class:`Throttled` when over the limit.

        The buckets live in SQLite, so the limit holds across every worker process.
        """
        limit: Limit = getattr(self.security, action)
        now = self.clock().timestamp()
        wait = SecurityStore(self.store).take(f"{action}:{who}", limit, now=now)
        if wait:
            raise Throttled(f"too many {_WHAT[action]}; try again in {wait} s", retry_after=wait)

    def check_throttle(self, action: Literal["signup", "token", "auth_failure"], who: str) -> None:
        """Refuse with :class:`Throttled` if ``who`` has no attempt left (without taking one)."""
        limit: Limit = getattr(self.security, action)
        now = self.clock().timestamp()
        wait = SecurityStore(self.store).wait_for(f"{action}:{who}", limit, now=now)
        if wait:
            raise Throttled(f"too many {_WHAT[action]}; try again in {wait} s", retry_after=wait)
