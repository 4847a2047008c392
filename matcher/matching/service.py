"""Suggestion use cases: the in-memory search state, the vector index, ranked and explained
suggestions.

The search state (candidate table, vectors, index) is built once from the profile store
and then caught up from its change log, so one edit in a large community costs
milliseconds, not a rebuild.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import os
import socket
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, NamedTuple, Protocol

import numpy as np
import numpy.typing as npt

from embeddings.index import HNSW_DIM, IVF_DIM, IVF_FROM, NPROBE, IndexMismatch, VectorIndex
from matcher.access import ADMIN_ONLY, SEE_SUGGESTIONS, Actor
from matcher.db import ERASURE_EPOCH, Job, Jobs, utcnow
from matcher.errors import Conflict, InvalidInput, NotEnoughFeedback, UnknownProfile, counted
from matcher.matching.model import (
    Filters,
    LearnedOrder,
    PairFit,
    Suggestion,
    Weights,
    band_floor,
    filter_reason,
    match_score,
    phrase_floor,
    points_by_part,
    preference_checks,
)
from matcher.matching.ranking import (
    CandidateTable,
    Ranked,
    Screened,
    ViewerTerms,
    allowed_rows,
    blend_trust,
    explain_pair,
    key_width,
    pool_keys,
    pool_query,
    rank_exact,
    score_matrix,
    screen,
)
from matcher.matching.rerank import (
    Example,
    LabelledPair,
    Reranker,
    RerankSettings,
    RerankStatus,
    check_training,
    evaluate,
    fit,
    labels_digest,
    labels_from,
    pair_features,
)
from matcher.matching.store import RerankStore
from matcher.matching.textspace import TextSpace, fit_text_space, text_language
from matcher.profiles import FIELDS, Profile, ProfileService, ProfileVectors
from matcher.trust import AvoidStore, TrustProvider, TrustStore, ViewerTrust

__all__ = ["MAX_K", "IndexKind", "MatchSettings", "MatchingService"]

#: How suggestions search: ``auto`` (exact below ``exact_below`` profiles, then an index), or
#: always one index kind.
IndexKind = Literal["auto", "flat", "hnsw", "ivf"]

logger = logging.getLogger(__name__)

#: Most suggestions one request may ask for.
MAX_K = 100
#: the job (:mod:`matcher.db.jobs`) whose lease a re-training holds: one process at a time
RETRAIN_JOB = "rerank-train"
#: seconds a re-training may hold the lease before another process may take it over
RETRAIN_LEASE = 900.0
#: how often the search state's time-zone offsets are brought up to date
ZONE_CHECK = dt.timedelta(minutes=1)
#: the community's own queries (evenly spaced rows) whose pools set the second search's floor
FLOOR_SAMPLE = 128


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """How suggestions are computed (see :mod:`matcher.matching.model` for the formula).

    Parameters
    ----------
    weights, filters
        Score weights and hard filters.
    index_kind : {"auto", "flat", "hnsw", "ivf"}
        Vector index type (``auto``: exact below ``exact_below`` people, HNSW below
        ``ivf_from``, an inverted file of 8-bit vectors above; see
        :class:`embeddings.index.VectorIndex` and docs/deployment.md).
    exact_below : int
        Community size under which every candidate is scored exactly.
    ivf_from : int
        Community size from which ``auto`` serves suggestions from an inverted file
        (IVF-SQ8): HNSW's build takes hours at a million 1555-d keys on 2 cores.
    nprobe : int
        Cells of the inverted file scanned per suggestion (recall against speed).
    ivf_dim : int
        Principal directions the inverted file keeps (its scan costs a sixth at 256 of
        1555); the pool is re-ranked exactly from the candidate table. 0: every dimension.
    hnsw_dim : int
        Principal directions the graph index (HNSW) keeps: its search reads every
        visited key from memory, so fewer dimensions cost proportionally less; the pool is
        re-ranked exactly from the candidate table. 0: every dimension.
    half_table_from : int
        Community size from which the candidate table keeps its text vectors in float16
        (half the memory of the largest part of the search state; at a million, the exact
        top 10 is the same set for 99.97 % of its members, bench/million.py).
    pool : int
        Candidates fetched from the index per query before the exact re-rank.
    pool_allowed : float
        Share of ``pool`` that must pass the viewer's hard filters (must-haves both ways,
        avoid lists) for the pool to be kept: the index's order ignores the filters, so a
        pool that they mostly reject holds a few allowed people, not the best allowed. A
        pool under it is widened to reach it (up to eight times ``pool``, then everyone is
        scored exactly). 0: widened only when fewer than ``k`` pass (before 7 December).
    second_search : float
        Share of a graph index's queries searched a second time, ``second_search_ef`` wide:
        those whose pool's best linear score (over the query's norm) is as low as the
        lowest ``second_search`` of a sample of the community's own queries (a search that
        lost its way far from the keys' mean, docs/deployment.md). 0: never.
    second_search_ef : int
        The graph's breadth (efSearch) of that second search.
    min_phrase_similarity : float or None
        Phrase pairs under this cosine are not quoted in explanations; None: the encoder's
        measured floor (:func:`~matcher.matching.model.phrase_floor`).
    hubness_k : int
        Neighbours of the hubness reduction (CSLS, :mod:`matcher.matching.textspace`);
        0 switches it off.
    centre_languages : bool
        Take each language's mean vector away before comparing texts.
    text_space_from : int
        Fewest suggestable people for which the text space is fitted: the mean and the
        neighbours of a handful of people say little about a language or a hub.
    rerank : bool
        Let the community's re-ranker order suggestions (when one is trained, beat the
        fixed weights on held-out feedback and is switched on; see
        :mod:`matcher.matching.rerank`). False: the fixed weights always order them.
    rerank_training : RerankSettings
        How a re-ranker is trained (fewest examples, held-out share, regularisation).
    """

    weights: Weights = field(default_factory=Weights)
    filters: Filters = field(default_factory=Filters)
    index_kind: IndexKind = "auto"
    exact_below: int = 10_000
    ivf_from: int = IVF_FROM
    nprobe: int = NPROBE
    ivf_dim: int = IVF_DIM
    hnsw_dim: int = HNSW_DIM
    half_table_from: int = IVF_FROM
    pool: int = 200
    pool_allowed: float = 0.5
    second_search: float = 0.02
    second_search_ef: int = 1024
    min_phrase_similarity: float | None = None
    hubness_k: int = 10
    centre_languages: bool = True
    text_space_from: int = 50
    rerank: bool = True
    rerank_training: RerankSettings = field(default_factory=RerankSettings)

    @property
    def corrects_text(self) -> bool:
        """Whether the community's text space is fitted (hubness or language centring on)."""
        return self.hubness_k > 0 or self.centre_languages


class _Vectors(Protocol):
    """Where the search state finds a profile's vectors (with their phrases): held in memory
    (:class:`_HeldVectors`) or read from the store when asked (:class:`_StoredVectors`)."""

    def __getitem__(self, profile_id: str) -> ProfileVectors: ...

    def __contains__(self, profile_id: object) -> bool: ...

    def get(self, profile_id: str) -> ProfileVectors | None: ...

    def shown(self, ids: Sequence[str]) -> dict[str, ProfileVectors]:
        """What explains the cards of those of ``ids`` that have vectors (the people shown:
        one read): their phrases with their vectors; the whole fields may be left empty."""
        ...

    def updated(self, changed: Collection[str], fresh: Mapping[str, ProfileVectors]) -> _Vectors:
        """The same after ``changed`` were written (``fresh``: their vectors now)."""
        ...


class _HeldVectors(dict[str, ProfileVectors]):
    """Every profile's vectors, in memory: a community under ``half_table_from``, where reading
    them per request would cost about 1 ms a suggestion for nothing."""

    def shown(self, ids: Sequence[str]) -> dict[str, ProfileVectors]:
        return {i: self[i] for i in ids if i in self}

    def updated(
        self, changed: Collection[str], fresh: Mapping[str, ProfileVectors]
    ) -> _HeldVectors:
        return _HeldVectors({k: v for k, v in self.items() if k not in changed} | dict(fresh))


class _StoredVectors:
    """Profiles' vectors, with their phrases, read from the store when asked.

    Suggestions and explanations need the vectors of the viewer and of the few people
    shown; the candidate table holds the whole fields of everyone. Nothing more is kept in
    memory: at a million profiles the phrase vectors alone would take gigabytes (so there is
    no way to list them all).
    """

    def __init__(self, profiles: ProfileService) -> None:
        self.profiles = profiles

    def shown(self, ids: Sequence[str]) -> dict[str, ProfileVectors]:
        # the offers' and needs' phrases only: the table has the whole fields
        return self.profiles.load_phrases(list(dict.fromkeys(ids)))

    def get(self, profile_id: str) -> ProfileVectors | None:
        return self.profiles.load_vectors([profile_id]).get(profile_id)

    def __getitem__(self, profile_id: str) -> ProfileVectors:
        got = self.get(profile_id)
        if got is None:
            raise KeyError(profile_id)
        return got

    def __contains__(self, profile_id: object) -> bool:
        return isinstance(profile_id, str) and self.get(profile_id) is not None

    def updated(
        self, changed: Collection[str], fresh: Mapping[str, ProfileVectors]
    ) -> _StoredVectors:
        return self  # nothing held: the next read sees the store as it is


@dataclass(frozen=True, slots=True)
class _Ask:
    """One viewer's question to the search state: who asks, their vectors, whom to leave
    out; ``terms``, the viewer's vectors in the community's text space, made once for every
    scoring of this question (3 ms each for a viewer outside the table at 100,000)."""

    viewer: Profile
    vv: ProfileVectors
    state: _Search
    avoided: Collection[str] = ()
    terms: ViewerTerms = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "terms", self.state.table.viewer_terms(self.viewer, self.vv))


class _Card(NamedTuple):
    """What trust adds to a suggestion card: the ranking score with trust blended in, the
    trust shown (None without a trust edge), "would work again" and the warm-intro path."""

    score: float
    trust: float | None
    again: bool
    intro_path: tuple[str, ...]


@dataclass
class _Search:
    """The in-memory search state, rebuilt when the data version moves."""

    version: int
    table: CandidateTable
    #: the vectors of the viewer and of the people shown
    vectors: _Vectors
    index: VectorIndex | None
    epoch: int = 0  # the last erasure seen (its sequence number in the change log)
    #: when the time zones' offsets were last brought up to date (daylight saving time)
    zones_at: dt.datetime | None = None
    #: index position -> table row, for the index at one generation (see `rows_at`)
    _rows: tuple[VectorIndex, int, np.ndarray] | None = field(default=None, repr=False)
    #: a pool's best score over its query's norm under which the graph is searched again,
    #: wider (see ``MatchSettings.second_search``); None: not measured yet
    floor: float | None = None

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


class MatchingService:
    """Suggestions and avoid lists over the profiles of one community.

    Parameters
    ----------
    profiles : ProfileService
    settings : MatchSettings
    index_path : Path, optional
        Where the vector index is saved and reloaded; rebuilt from the store
        when missing or stale.
    trust : TrustProvider, optional
        The viewer's trust (blended into suggestions when the viewer has trust edges).
    clock : callable, optional
        The current UTC time.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.access import ADMIN
    >>> from matcher.schema import connect
    >>> profiles = ProfileService(connect(), FakeEncoder(dim=64))
    >>> report = profiles.import_profiles([
    ...     {"id": "ana", "name": "Ana", "offers": "python code backend",
    ...      "needs": "sales customers", "roles_offered": "tech", "roles_sought": "sales"},
    ...     {"id": "bob", "name": "Bob", "offers": "sales customers",
    ...      "needs": "python code backend", "roles_offered": "sales", "roles_sought": "tech"},
    ...     {"id": "cyd", "name": "Cyd", "offers": "sales", "needs": "design",
    ...      "languages": "fr"},
    ... ])
    >>> matching = MatchingService(profiles)
    >>> [(s.candidate, s.score) for s in matching.suggest("ana", k=5, actor=ADMIN)]
    [('bob', 1.0)]

    (Texts and roles meet both ways; neither wrote how they work, so values are not counted.)

    Why a pair fits (:meth:`explain`): the card's score, and what keeps a pair apart:

    >>> fit = matching.explain("ana", "bob", actor=ADMIN)
    >>> fit.suggestion.match == matching.suggest("ana", k=1, actor=ADMIN)[0].match
    True
    >>> matching.explain("ana", "cyd", actor=ADMIN).kept_apart
    'no common language'
    """

    def __init__(
        self,
        profiles: ProfileService,
        settings: MatchSettings | None = None,
        *,
        index_path: Path | None = None,
        trust: TrustProvider | None = None,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        self.profiles = profiles
        #: the current UTC time (a re-ranker's training date; tests and simulations move it)
        self.clock: Callable[[], dt.datetime] = clock or utcnow
        self.db = profiles.db
        self.avoids = AvoidStore(profiles.db)
        self.pairs = TrustStore(profiles.db)  # feedback and declined introductions
        self.encoder = profiles.encoder
        self.settings = settings or MatchSettings()
        self.index_path = index_path
        self.trust = trust
        self._search: _Search | None = None
        self._lock = threading.RLock()
        self.rerank = RerankStore(profiles.db)
        self._learned: Reranker | None = None  # the newest model, parsed once per version
        #: ``left_out(viewer) -> ids`` of people a viewer chose not to see again in their
        #: suggestions (one way only; registered by the community: the people they skipped)
        self.left_out: list[Callable[[str], Collection[str]]] = []

    def _catch_up_limit(self, size: int) -> int:
        """Most changes applied incrementally; past it a full rebuild is cheaper."""
        return max(1000, size // 10)

    def _state(self) -> _Search:
        """The search state for the current data version, its time zones' offsets at most
        a minute old (a change of daylight saving time moves them without a write)."""
        with self._lock:
            state = self._versioned_state()
            now = self.profiles.store.clock()
            if state.zones_at is None or abs(now - state.zones_at) >= ZONE_CHECK:
                state.table = state.table.at_time(now)
                state.zones_at = now
            return state

    def _versioned_state(self) -> _Search:
        """The search state for the current data version.

        Built once from the store; afterwards only the profiles written since
        (the store's change log) are reloaded, and the table and index are
        patched, so one edit in a large community costs milliseconds, not a
        rebuild.
        """
        with self._lock:
            version = self.profiles.store.data_version()
            epoch = self.db.head(ERASURE_EPOCH)
            current = self._search
            if current is not None and current.version == version and current.epoch == epoch:
                return current
            missing = self.profiles.store.ids_without_vectors(self.encoder.name)
            if missing:
                self.profiles.ensure_vectors(sorted(missing))
                version = self.profiles.store.data_version()
            if current is not None:
                changed = self.profiles.store.changed_since(current.version)
                if current.epoch != epoch:
                    # someone was erased elsewhere, and the log dropped every change naming
                    # them: whoever memory holds and the database no longer has is who to
                    # forget (one read of the ids: 1M profiles in under a second, where a
                    # rebuild takes minutes)
                    changed |= self._held_ids(current) - self.profiles.store.profile_ids()
                if len(changed) <= self._catch_up_limit(len(current.table)):
                    self._search = self._catch_up(current, changed, version)
                    self._search.epoch = epoch
                    return self._search
            self._search = self._full_state(version)
            self._search.epoch = epoch
            return self._search

    @staticmethod
    def _held_ids(state: _Search) -> set[str]:
        """Every profile id the search state holds: the table's (and the index's, the same
        people), and those of the vectors kept in memory below ``half_table_from``."""
        held = set(state.table.row_of)
        if isinstance(state.vectors, _HeldVectors):
            held |= state.vectors.keys()
        return held

    def _wants_index(self, size: int) -> bool:
        return size >= self.settings.exact_below or self.settings.index_kind != "auto"

    def _full_state(self, version: int) -> _Search:
        # from half_table_from on, the whole fields only, streamed into float16 columns as
        # the table keeps them, and the phrases read per request for the people shown
        # (_StoredVectors): at a million profiles the vectors would take gigabytes, and one
        # small array per profile and field would scatter the heap. Below it every
        # profile's vectors stay in memory: reading them per request costs about 1 ms a
        # suggestion (a tenth of one with trust at 10k), a price only a large community
        # needs to pay.
        stored = self.profiles.store.count_profiles() >= self.settings.half_table_from
        held: dict[str, ProfileVectors] = {}
        if stored:
            candidates = [p for p in self.profiles.store.profiles() if p.suggestable]
            offers, needs, values, have = self.profiles.field_arrays(
                [p.id for p in candidates], dtype=np.float16
            )
            if not have.all():  # not encoded yet (written meanwhile): left out, as below
                keep = np.flatnonzero(have)
                candidates = [candidates[i] for i in keep]
                offers, needs, values = offers[keep], needs[keep], values[keep]
        else:
            held = self.profiles.load_vectors()
            candidates = [
                p for p in self.profiles.store.profiles() if p.suggestable and p.id in held
            ]
            dim = self.encoder.dim
            offers, needs, values = (
                np.array([getattr(held[p.id], f) for p in candidates], np.float32).reshape(-1, dim)
                for f in FIELDS
            )
        half = len(candidates) >= self.settings.half_table_from
        langs = self._languages(candidates)
        space = self._fit_space(offers, needs, langs)
        table = CandidateTable.from_columns(
            candidates, offers, needs, values, space, half=half, languages=langs
        )
        del offers, needs, values
        index = self._index_for(table, version) if self._wants_index(len(table)) else None
        kept = _StoredVectors(self.profiles) if stored else _HeldVectors(held)
        return _Search(version, table, kept, index)

    def _languages(self, profiles: Sequence[Profile]) -> tuple[list[str], list[str]] | None:
        """The language of each profile's offers and of its needs, when the text space
        wants them (computed once for its fit and for the table)."""
        s = self.settings
        if not s.corrects_text or len(profiles) < s.text_space_from:
            return None
        return [text_language(p.offers) for p in profiles], [
            text_language(p.needs) for p in profiles
        ]

    def _fit_space(
        self,
        offers: npt.NDArray[np.floating[Any]],
        needs: npt.NDArray[np.floating[Any]],
        langs: tuple[list[str], list[str]] | None,
    ) -> TextSpace | None:
        """The community's text corrections, fitted on its suggestable people's whole fields
        (or None: ``langs`` is None when the settings or the size want none)."""
        if langs is None:
            return None
        s = self.settings
        return fit_text_space(
            offers,
            needs,
            *langs,
            k=s.hubness_k,
            centre_languages=s.centre_languages,
            blocks=getattr(self.encoder, "blocks", ()),
        )

    def _catch_up(self, state: _Search, changed: set[str], version: int) -> _Search:
        ids = sorted(changed)
        fresh = self.profiles.load_vectors(ids)
        profiles = {p.id: p for p in self.profiles.store.profiles(ids)}
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
        # the floor of the pools' best scores is kept: a few changed people do not move it
        return _Search(
            version,
            table,
            state.vectors.updated(changed, fresh),
            index,
            state.epoch,
            floor=state.floor if index is state.index else None,
        )

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
        epoch = self.db.counter(ERASURE_EPOCH)
        return self.encoder.name + (f"#erasures-{epoch}" if epoch else "")

    def _index_tag(self, version: int) -> str:
        return f"{self._index_model()}@data-v{version}"

    def _index_for(self, table: CandidateTable, version: int) -> VectorIndex:
        """The saved index, caught up with the change log; or a new one, saved."""
        if self.index_path is not None and self.index_path.exists():
            try:
                index = VectorIndex.load(self.index_path, dim=key_width(table.offers.shape[1]))
                model, _, saved = index.model_.rpartition("@data-v")
                if model != self._index_model() or not saved.isdigit() or int(saved) > version:
                    raise IndexMismatch(f"index was built for {index.model_!r}")
                changed = self.profiles.store.changed_since(int(saved))
                if len(changed) > self._catch_up_limit(len(table)):
                    raise IndexMismatch(
                        f"{counted(len(changed), 'profile')} changed since it was saved"
                    )
                dims = self.settings.hnsw_dim
                want = dims if 0 < dims < index.dim_ else index.dim_
                if index.kind_ == "hnsw" and index.kept_dim != want:  # hnsw_dim changed
                    raise IndexMismatch(f"index keeps {index.kept_dim} dimensions, not {want}")
                index.nprobe = self.settings.nprobe  # the setting of today, not of the save
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
        s = self.settings
        index = VectorIndex(  # the keys made a chunk at a time: 6 GB at once at 1M profiles
            s.index_kind,
            exact_below=s.exact_below,
            ivf_from=s.ivf_from,
            nprobe=s.nprobe,
            ivf_dim=s.ivf_dim,
            hnsw_dim=s.hnsw_dim,
        ).fit_rows(
            lambda rows: pool_keys(table, rows),
            [p.id for p in table.profiles],
            model=self._index_tag(version),
        )
        if self.index_path is not None:
            index.save(self.index_path)
        return index

    def warm(self) -> None:
        """Load the encoder and build the search state now, so the first query need not wait."""
        self.encoder.encode(["warm-up"])
        state = self._state()
        index = state.index
        if self.settings.second_search > 0 and index is not None and index.kind_ == "hnsw":
            self._floor(state)  # the second search's floor (graphs only)

    def search_lag(self) -> tuple[bool, int, int]:
        """``(built, lag, limit)``: is the in-memory search state built, how many changes
        behind the database it is, and how many it catches up on the next query (beyond
        that it is rebuilt)."""
        current = self._search
        if current is None:
            return False, 0, 0
        lag = len(self.profiles.store.changed_since(current.version))
        return True, lag, self._catch_up_limit(len(current.table))

    @property
    def phrase_floor(self) -> float:
        """The cosine a need and an offer phrase must reach to be quoted in an explanation
        (:func:`~matcher.matching.model.phrase_floor`: the setting, else this encoder's
        measured floor); suggestion cards and event agendas both read it."""
        return phrase_floor(self.encoder.name, self.settings.min_phrase_similarity)

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
        version = self.profiles.store.data_version()
        if not saved.isdigit() or int(saved) > version:
            return (
                f"it was built for data version {saved}, but the database is at {version}"
                " (an index of another database?)"
            )
        changed = len(self.profiles.store.changed_since(int(saved)))
        limit = self._catch_up_limit(len(index))
        if changed > limit:
            return f"{counted(changed, 'profile')} changed since it was saved (at most {limit} are caught up)"
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
            version = self.profiles.store.data_version()
            if state is not None:
                changed = self.profiles.store.changed_since(state.version) | ids
                state = self._catch_up(state, changed, version)
                state.epoch = self.db.head(ERASURE_EPOCH)
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
                if (
                    name != self.encoder.name
                    or int(epoch or 0) != self.db.counter(ERASURE_EPOCH) - 1
                ):
                    # built for another model, or it missed an earlier erasure (a crash
                    # between that commit and its rewrite): it may hold someone else erased
                    raise IndexMismatch(f"index {index.model_!r} is not one erasure behind")
                index.remove(sorted(ids), compact=False)
                index.model_ = f"{self._index_model()}@data-v{saved}"  # the rest: caught up on load
                index.save(self.index_path)
            except (IndexMismatch, ValueError, OSError, KeyError) as exc:
                logger.warning(  # a KeyError's text is a profile id: no ids in logs
                    "index %s unusable (%s); deleted",
                    self.index_path,
                    type(exc).__name__ if isinstance(exc, KeyError) else exc,
                )
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

    # --------------------------------------------------------------- re-ranker
    def _reranker(self) -> Reranker | None:
        """The re-ranker that orders suggestions now, or None (the fixed weights do).

        Two small reads per call (the switch and the newest version); the newest model is
        parsed once per version, so another process's training is seen at the next query.
        """
        if not self.settings.rerank:
            return None
        enabled, version = self.rerank.switch_and_version()
        if not enabled or version == 0:
            return None
        cached = self._learned
        if cached is None or cached.version != version:
            cached = self._learned = self.rerank.latest()
        return cached if cached is not None and cached.beats_fixed else None

    def training_pairs(self, examples: Sequence[Example] | None = None) -> list[LabelledPair]:
        """The community's labelled pairs with their features and fixed-weight score, in
        time order (see :mod:`matcher.matching.rerank` for the labels).

        The features are computed **now**, from the two profiles and the community's text
        space as they are, the same way a suggestion's components are: the product keeps
        no record of the components a member saw (that would be a log of who was shown
        whom), and a re-ranker is applied to components computed now. A pair is left out
        when either person is gone (erased: their feedback and introductions are deleted
        with them), the candidate is no longer open to suggestions, or a hard filter now
        keeps them apart (such pairs are never ranked). ``examples``: the labels, when the
        caller already read them (default: read now).
        """
        state = self._state()
        if examples is None:
            examples = self._labels()
        by_viewer: dict[str, dict[int, Example]] = defaultdict(dict)
        encoded = self.profiles.load_vectors(sorted({e.viewer for e in examples}))
        for e in examples:
            row = state.table.row_of.get(e.candidate)
            if row is not None and e.viewer in encoded:
                by_viewer[e.viewer][row] = e
        out: list[LabelledPair] = []
        for viewer_id, rows in sorted(by_viewer.items()):
            at = state.table.row_of.get(viewer_id)
            viewer = (
                state.table.profiles[at]
                if at is not None
                else self.profiles.store.get_profile(viewer_id)
            )
            if viewer is None:  # pragma: no cover - vectors go with the profile
                continue
            ask = _Ask(viewer, encoded[viewer_id], state)
            ranked = self._exact(ask, len(rows), np.asarray(sorted(rows)))
            for r in ranked:
                feats = pair_features(r.components, viewer, state.table.profiles[r.row])
                out.append(LabelledPair(rows[r.row], feats, r.score))
        return sorted(out, key=lambda p: (p.example.at, p.example.viewer, p.example.candidate))

    def train_reranker(
        self, *, actor: Actor | None, worker: str = "", lease_seconds: float = RETRAIN_LEASE
    ) -> Reranker:
        """Train a re-ranker on the community's feedback, evaluate it on the newest part,
        and store it as the next version (an admin).

        One process at a time, on either backend: the training holds the lease of the
        community's ``rerank-train`` job (:mod:`matcher.db.jobs`) for ``lease_seconds``,
        under the name ``worker`` (default: host and process id); while another process
        holds it, :class:`~matcher.errors.Conflict` names that process. A process that dies
        while training leaves the lease to run out.

        Raises :class:`~matcher.errors.NotEnoughFeedback` (naming the count and the
        minimum) when there is too little feedback or one kind of outcome only. A model
        that does not beat the fixed weights on the held-out feedback is stored, but
        suggestions keep the fixed weights (:meth:`reranker_status` says so).

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.access import ADMIN
        >>> from matcher.schema import connect
        >>> matching = MatchingService(ProfileService(connect(), FakeEncoder(dim=16)))
        >>> matching.train_reranker(actor=ADMIN)
        Traceback (most recent call last):
        ...
        matcher.errors.NotEnoughFeedback: rerank: 0 labelled pairs, at least 30 needed; collect more feedback (again / not a fit after meetings, introductions answered) and train again

        What ``cofoundry worker`` asks once a day instead: a new version only when one is
        due, and no error when the feedback is too thin.

        >>> matching.retrain_if_due(dt.timedelta(days=1), actor=ADMIN) is None
        True
        """
        ADMIN_ONLY.require(actor, what="train the re-ranker")
        jobs, job = self._training_lease(worker, lease_seconds)
        if job is None:
            raise Conflict(
                f"the re-ranker is being trained by another process ({self._lease_holder(jobs)})",
                field="rerank",
                hint="wait for it to finish (cofoundry rerank status), then train again if"
                " you still need to",
            )
        return self._train_under(jobs, job, self._labels())

    def _labels(self) -> list[Example]:
        """The community's labels now (:func:`~matcher.matching.rerank.labels_from`)."""
        return labels_from(self.pairs.all_feedback(), self.pairs.answered_introductions())

    def retrain_if_due(
        self,
        every: dt.timedelta,
        *,
        actor: Actor | None,
        worker: str = "",
        lease_seconds: float = RETRAIN_LEASE,
    ) -> Reranker | None:
        """A new version of the re-ranker if one is due (an admin; what ``cofoundry worker``
        runs): the newest is older than ``every`` (or there is none) and the feedback
        changed since it was trained (labelled pairs added, or members erased whose
        feedback it learned). None when not due, when another process is training (it holds
        the lease: exactly one does the work, however many workers run), when there is
        not enough feedback yet, or when the community turned re-ranking off in its settings
        (``MatchSettings.rerank``: nothing would use the model).

        See :meth:`train_reranker`'s example.
        """
        ADMIN_ONLY.require(actor, what="train the re-ranker")
        if every <= dt.timedelta(0):
            raise InvalidInput(
                "rerank every: the interval between trainings must be positive",
                field="every",
                value=every.total_seconds(),
                hint="give a number of seconds above 0",
            )
        if not self.settings.rerank:
            return None
        latest = self.rerank.latest()
        if latest is not None and self.clock() - latest.trained_at < every:
            return None
        # whether anything is new, from the labels alone: no search state is built for it
        # (a worker that only sends e-mail should not hold the community's index for nothing)
        examples = self._labels()
        if latest is None and len(examples) < self.settings.rerank_training.min_examples:
            return None  # not enough feedback yet (checked before any write)
        if latest is not None and latest.labels_digest == labels_digest(examples):
            return None  # nothing new to learn from (an erasure changes the labels too)
        jobs, job = self._training_lease(worker, lease_seconds)
        if job is None:
            return None  # another process is training
        if self.rerank.latest_version() != (latest.version if latest else 0):
            jobs.done(job.id)  # another process trained meanwhile
            return None
        built_here = self._search is None
        try:
            return self._train_under(jobs, job, self._labels())
        except NotEnoughFeedback as exc:  # one kind of outcome only, say
            logger.info("re-ranker not trained: %s", exc)
            return None
        finally:
            if built_here:  # a worker's state, built for the training: not kept for nothing
                with self._lock:
                    self._search = None

    def _training_lease(self, worker: str, lease_seconds: float) -> tuple[Jobs, Job | None]:
        """The ``rerank-train`` job's lease for ``worker``, or None if another process has it."""
        jobs = Jobs(self.db)
        jobs.enqueue(RETRAIN_JOB, {}, key="train")
        name = worker or f"{socket.gethostname()}:{os.getpid()}"
        return jobs, jobs.claim(RETRAIN_JOB, name, lease_seconds)

    def _lease_holder(self, jobs: Jobs) -> str:
        held = jobs.holder(RETRAIN_JOB, "train")
        if held is None:  # pragma: no cover - it finished between the claim and this read
            return "it just finished"
        name, until = held
        return f"{name}, lease until {dt.datetime.fromtimestamp(until, dt.UTC):%H:%M:%S} UTC"

    def _train_under(self, jobs: Jobs, job: Job, examples: list[Example]) -> Reranker:
        """Train on the pairs of ``examples`` (the labels read once: the model's digest is
        theirs) and store the model, holding ``job``'s lease; the job is done (or failed, not
        retried: the next call or the worker's next pass starts anew)."""
        try:
            model = self._train(self.training_pairs(examples), labels_digest(examples))
        except BaseException as exc:
            jobs.fail(job.id, None, error=type(exc).__name__)
            raise
        jobs.done(job.id)
        return model

    def _train(self, pairs: list[LabelledPair], digest: str) -> Reranker:
        training = self.settings.rerank_training
        older, newer = check_training(pairs, training)
        weights = fit(older, training)
        evaluation = evaluate(weights, older, newer)
        positives = sum(p.example.label for p in pairs)
        with self.db.transaction():
            model = self.rerank.add(
                self.clock(),
                len(pairs),
                positives,
                weights,
                evaluation,
                self.db.counter(ERASURE_EPOCH),
                digest,
            )
        logger.info(
            "re-ranker version %d trained on %d pairs: held-out AUC %.3f (fixed %.3f)",
            model.version,
            len(older),
            evaluation.auc_learned,
            evaluation.auc_fixed,
        )
        return model

    def reranker_status(self, *, actor: Actor | None) -> RerankStatus:
        """Whether a re-ranker orders this community's suggestions, and why (an admin)."""
        ADMIN_ONLY.require(actor, what="see the re-ranker")
        latest = self.rerank.latest()
        since = self.db.counter(ERASURE_EPOCH) - latest.erasure_epoch if latest else 0
        return RerankStatus(self.settings.rerank, self.rerank.enabled(), latest, since)

    def set_reranker(self, enabled: bool, *, actor: Actor | None) -> RerankStatus:
        """Turn the community's re-ranker on or off (an admin); on uses the newest model
        only if it beat the fixed weights."""
        ADMIN_ONLY.require(actor, what="turn the re-ranker on or off")
        with self.db.transaction():
            self.rerank.set_enabled(enabled)
        return self.reranker_status(actor=actor)

    # ----------------------------------------------------------- suggestions
    def suggest(
        self, profile_id: str, *, k: int = 10, actor: Actor | None, explain: bool = True
    ) -> list[Suggestion]:
        """Ranked, explained suggestions of associates for ``profile_id`` (owner or admin).

        Small communities are scored exhaustively; large ones take a pool from the
        vector index (``settings.pool`` candidates for the linear form of the score)
        and re-rank it exactly, widening the pool when the hard filters let fewer than
        ``settings.pool_allowed`` of it through (or fewer than ``k``).
        """
        InvalidInput.unless_within(k, 1, MAX_K, field="k", hint="10 is the usual page")
        SEE_SUGGESTIONS.require(actor, profile_id)
        state = self._state()
        # the search state is at the database's current version: a suggestable viewer's
        # profile is already in memory (no read, no re-validation of the stored JSON)
        row = state.table.row_of.get(profile_id)
        viewer = (
            state.table.profiles[row]
            if row is not None
            else self.profiles.store.get_profile(profile_id)
        )
        if viewer is None:
            raise self.profiles.missing(profile_id, actor)
        vv = state.vectors.get(profile_id)
        if vv is None:  # pragma: no cover - _state encodes every profile
            raise UnknownProfile(f"profile {profile_id!r} has no vectors yet", field="id")
        # avoid lists, "not a fit" feedback and declined introductions, both ways; and the
        # people the viewer skipped
        avoids = self.avoids.avoided_either_way(profile_id)
        avoided = avoids | self.pairs.kept_apart(profile_id)
        for left_out in self.left_out:
            avoided |= set(left_out(profile_id))
        viewer_trust = self.trust.viewer_trust(profile_id) if self.trust is not None else None
        learned = self._reranker()
        ask = _Ask(viewer, vv, state, avoided)
        if (viewer_trust is not None and viewer_trust.has_edges) or learned is not None:
            return self._suggest_trusted(ask, k, viewer_trust, explain, learned, avoids)
        ranked = self._rank(ask, k)
        shown = self._shown(state, ranked)
        return [self._suggestion(ask, r, phrases=explain, cv=shown.get(r.row)) for r in ranked]

    def explain(self, viewer: str, candidate: str, *, actor: Actor | None) -> PairFit:
        """Why ``candidate`` fits ``viewer``: the same score and explanation as on a
        suggestion card (owner or admin), whether or not they are among the suggestions.

        For a member's page, an introduction request, the inbox. The candidate must be
        visible to the caller (else :class:`UnknownProfile`). Hard filters (consent,
        must-haves both ways) are told in ``kept_apart``; avoid lists and feedback are not
        applied: they are private, and the pair's fit is a fact of the two profiles.

        See the class's example.
        """
        SEE_SUGGESTIONS.require(actor, viewer)
        other = self.profiles.get_profile(candidate, actor=actor)  # hidden: unknown
        state = self._state()
        me = self.profiles.store.get_profile(viewer)
        if me is None:
            raise self.profiles.missing(viewer, actor)
        reason = filter_reason(me, other, self.settings.filters)
        vv, cv = state.vectors.get(viewer), state.vectors.get(candidate)
        if reason is not None or vv is None or cv is None:
            return PairFit(viewer, candidate, None, reason or "not encoded yet")
        row = state.table.row_of.get(candidate)
        if row is None:  # pragma: no cover - filter_reason said "not open to suggestions"
            return PairFit(viewer, candidate, None, "not open to suggestions")
        # the candidate's row of the search state, scored as the suggestion card scores it:
        # one number for a pair on every page
        ask = _Ask(me, vv, state)
        ranked = self._exact(ask, 1, np.array([row], dtype=np.intp))
        if not ranked:  # pragma: no cover - filter_reason gives rank_exact's verdicts
            return PairFit(viewer, candidate, None, "kept apart by the filters")
        r = ranked[0]
        s = self._suggestion(ask, r)
        vt = self.trust.viewer_trust(viewer) if self.trust is not None else None
        if vt is not None and vt.has_edges and self.trust is not None:
            trust, again = vt.trust.get(candidate, 0.0), candidate in vt.again
            score = round(self.trust.settings.blend(r.score, trust, float(again)), 6)
            s = replace(
                s,
                score=score,
                trust=round(trust, 6),
                worked_together_again=again,
                intro_path=self.trust.intro_path(viewer, candidate),
            )
        return PairFit(viewer, candidate, s)

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
            out |= {p.id: p for p in self.profiles.store.profiles(missing)}
        return out

    def _suggest_trusted(
        self,
        ask: _Ask,
        k: int,
        vt: ViewerTrust | None,
        explain: bool,
        learned: Reranker | None = None,
        avoids: Collection[str] | None = None,
    ) -> list[Suggestion]:
        """Suggestions ordered with trust (see :mod:`matcher.trust`) when the viewer has
        trust edges, and by the community's re-ranker when one is in use.

        ``score = (1 - w_t - w_a) * s + w_t * trust + w_a * again`` over a pool of the
        ``max(3k, 30)`` best matches and the ``max(3k, 30)`` most trusted people (scored
        exactly, through the same filters), so that someone the viewer's collaborators
        worked well with can rise even when their profile text ranks them lower; ``s`` is
        the pair's match score. Without trust edges the order is ``s`` alone. With a
        re-ranker in use, suggestions are ordered by the band (:func:`band_floor`) of that
        score, then within a band by the same blend with ``s`` the learned probability
        (from the same components; the explanation names the components that raised the
        pair). Each suggestion carries its trust,
        the "worked together and would again" flag and the best warm-intro path; its
        ``match`` (the score every page shows) is the pair's match score either way.
        ``avoids``: the viewer's avoid list both ways, when :meth:`suggest` read it already.
        """
        viewer, state = ask.viewer, ask.state
        size = max(3 * k, 30)
        has_trust = vt is not None and vt.has_edges and self.trust is not None
        trusted: list[int] = []
        if has_trust:
            assert vt is not None
            trusted = [
                row
                for cid, _ in vt.most_trusted(size)
                if (row := state.table.row_of.get(cid)) is not None
            ]
        # the pool's best and, after them, the most trusted not among them (the filters,
        # must-haves and avoid lists apply to them as to the pool), scored together
        pool = self._rank(ask, size, also=np.asarray(trusted, dtype=np.intp))
        rescored = []
        for r in pool:
            cand = state.table.profiles[r.row]
            trust, again = 0.0, False
            fixed = r.score
            if has_trust and self.trust is not None and vt is not None:
                trust, again = vt.trust.get(cand.id, 0.0), cand.id in vt.again
                fixed = self.trust.settings.blend(r.score, trust, float(again))
            score, band, order = round(fixed, 6), 0, None
            if learned is not None:
                # the learned order moves a suggestion within its band only: a list never
                # shows a weaker band above a stronger one, and what the fixed weights rank
                # far apart (the feedback's pairs were all ranked high by them) stays apart
                x = pair_features(r.components, viewer, cand)
                p = learned.weights.score(x)
                if has_trust and self.trust is not None:
                    p = self.trust.settings.blend(p, trust, float(again))
                score, band = round(p, 6), band_floor(fixed)
                order = LearnedOrder(learned.version, learned.weights.top(x))
            rescored.append((band, score, cand.id, r, trust, again, order))
        rescored.sort(key=lambda item: (-item[0], -item[1], item[2]))
        out = []
        paths = (
            self.trust.intro_paths_to(
                viewer.id, [item[2] for item in rescored[:k]], trust=vt, avoided=avoids
            )
            if has_trust and self.trust is not None
            else {}
        )
        shown = self._shown(state, [item[3] for item in rescored[:k]])
        for _band, score, cid, r, trust, again, order in rescored[:k]:
            # each card built once, its trust fields with it (no copy of a finished card)
            card = _Card(score, round(trust, 6) if has_trust else None, again, paths.get(cid, ()))
            out.append(
                self._suggestion(
                    ask, r, phrases=explain, cv=shown.get(r.row), card=card, learned=order
                )
            )
        return out

    def _exact(
        self,
        ask: _Ask,
        k: int,
        rows: np.ndarray | None = None,
        screened: Screened | None = None,
        also: int = 0,
    ) -> list[Ranked]:
        """The ``k`` best of ``rows`` (all candidates by default), scored exactly;
        ``screened``: the filters' verdicts on ``rows``, when already asked (:func:`screen`);
        ``also``: the last ``also`` rows ranked apart (:func:`rank_exact`)."""
        s = self.settings
        return rank_exact(
            ask.viewer,
            ask.vv,
            ask.state.table,
            k=k,
            weights=s.weights,
            filters=s.filters,
            avoided=ask.avoided,
            rows=rows,
            screened=screened,
            terms=ask.terms,
            also=also,
        )

    def _rank(self, ask: _Ask, k: int, also: np.ndarray | None = None) -> list[Ranked]:
        """The ``k`` best matches, then ``also``'s rows (table rows) the filters let through
        and not among them, best first (:func:`rank_exact`'s ``also``)."""
        s, state = self.settings, ask.state
        apart = np.zeros(0, dtype=np.intp) if also is None else also

        def exact(rows: np.ndarray | None = None, screened: Screened | None = None) -> list[Ranked]:
            # ``apart`` scored with ``rows`` (everyone the filters let through when None) in
            # one scoring, ranked after their k best (rank_exact's ``also``); ``screened``
            # was made over both already
            if screened is not None:
                rows = screened.rows
            elif len(apart):
                if rows is None:
                    rows = allowed_rows(ask.viewer, state.table, s.filters, ask.avoided)
                rows = np.concatenate([rows, apart])
            return self._exact(ask, k, rows, screened, also=len(apart))

        if state.index is None:
            return exact()
        query = pool_query(ask.viewer, ask.vv, s.weights, state.table, ask.terms)
        pool, enough = s.pool, max(k, s.pool_allowed * s.pool)
        ef: int | None = None  # the index's own breadth
        searched_again = False
        while True:
            with self._lock:  # the index is patched in place by _catch_up
                hits, scores = state.index.search_scored(
                    query, k=pool, exclude=[ask.viewer.id], ef_search=ef
                )
                rows = state.rows_at(hits)
            if len(hits) < pool:  # the index holds no more
                return exact(rows)
            # The pool's order knows nothing of the hard filters: when they let few of it
            # through, the best of those few are not the best allowed (docs/deployment.md);
            # counted first, so that a pool to be widened is not scored for nothing
            screened = screen(
                ask.viewer, state.table, np.concatenate([rows, apart]), s.filters, ask.avoided
            )
            allowed = int(screened.ok[: len(rows)].sum())  # of the pool
            if pool == s.pool and not searched_again:  # the first pool
                if 2 * allowed < enough:
                    # Under half of what it needs: how many the filters let through in the
                    # whole community (the compact columns only, 1-3 ms at 100,000). Where
                    # even the widest pool would hold too few of them at that rate, widening
                    # (two or three searches, the widest the dearest) would most likely end
                    # in the scan anyway: the allowed people are scored exactly at once (the
                    # scan's ten). A pool just short of it (most short pools) is widened
                    # once, as before, with no count of everyone.
                    everyone = allowed_rows(ask.viewer, state.table, s.filters, ask.avoided)
                    if len(everyone) * 8 * s.pool < enough * len(state.table):
                        return exact(everyone)
                if self._lost(state, query, scores):  # the same pool, searched wider
                    ef, searched_again = s.second_search_ef, True
                    continue
            if allowed >= enough:  # enough >= k: the k best are among them
                return exact(rows, screened)  # filtered once, above
            if pool >= 8 * s.pool:  # filters reject most of the pool: scan exactly
                return exact()
            want = math.ceil(pool * s.pool_allowed * s.pool / max(1, allowed))
            # a wider pool is searched at least as wide as it is long (efSearch >= k), at
            # the index's own breadth: the second search's (1,024) would cost 14 ms more
            pool, ef = min(8 * s.pool, max(2 * pool, want)), None

    def _lost(self, state: _Search, query: np.ndarray, scores: np.ndarray) -> bool:
        """Whether a graph's pool for ``query`` looks lost: its best score, over the query's
        norm, as low as the community's lowest (:meth:`_floor`).

        A graph search (HNSW) walks from one entry point; a query far from the keys' mean
        (at 100,000 generated people, one viewer in 200: cosine 0.10 with the mean key) can
        end in a region of the graph where none of its best keys lie, and its pool then
        holds none of its ten (efSearch 1,024 finds them all). Such a pool's best score is
        the lowest of the community's; the pool is searched again, wider.
        """
        s = self.settings
        if s.second_search <= 0 or state.index is None or state.index.kind_ != "hnsw":
            return False
        norm = float(np.linalg.norm(query))
        if not len(scores) or norm == 0:
            return False
        return float(scores[0]) / norm <= self._floor(state)

    def _floor(self, state: _Search) -> float:
        """The ``second_search`` quantile of the best pool score (over the query's norm) of
        :data:`FLOOR_SAMPLE` of the community's own queries (evenly spaced rows of the
        table), measured once per index (about 0.5 s at 100,000: one search each)."""
        if state.floor is not None:
            return state.floor
        s, table, index = self.settings, state.table, state.index
        assert index is not None
        rows = np.unique(np.linspace(0, len(table) - 1, min(len(table), FLOOR_SAMPLE)).astype(int))
        tops = []
        for row in rows:
            viewer = table.profiles[row]
            vv = ProfileVectors(*(getattr(table, f)[row].astype(np.float32) for f in FIELDS))
            query = pool_query(viewer, vv, s.weights, table)
            norm = float(np.linalg.norm(query))
            with self._lock:
                _, scores = index.search_scored(query, k=s.pool, exclude=[viewer.id])
            if norm > 0 and len(scores):
                tops.append(float(scores[0]) / norm)
        state.floor = float(np.quantile(tops, s.second_search)) if tops else -math.inf
        return state.floor

    @staticmethod
    def _shown(state: _Search, ranked: Sequence[Ranked]) -> dict[int, ProfileVectors]:
        """The vectors of the people shown (their phrases explain a card), in one read."""
        ids = [state.table.profiles[r.row].id for r in ranked]
        got = state.vectors.shown(ids)
        return {r.row: got[i] for r, i in zip(ranked, ids, strict=True) if i in got}

    def _suggestion(
        self,
        ask: _Ask,
        ranked: Ranked,
        *,
        phrases: bool = True,
        cv: ProfileVectors | None = None,
        card: _Card | None = None,
        learned: LearnedOrder | None = None,
    ) -> Suggestion:
        viewer = ask.viewer
        cand = ask.state.table.profiles[ranked.row]
        if cv is None:
            cv = ask.state.vectors[cand.id]
        why = explain_pair(
            viewer,
            ask.vv,
            cand,
            cv,
            min_similarity=self.phrase_floor,
            phrases=phrases,
        )
        return Suggestion(
            viewer=viewer.id,
            candidate=cand.id,
            score=ranked.score if card is None else card.score,
            components=ranked.components,
            meets_my_needs=why.meets_my_needs,
            meets_their_needs=why.meets_their_needs,
            roles_they_bring=why.roles_they_bring,
            roles_i_bring=why.roles_i_bring,
            common_languages=why.common_languages,
            trust=None if card is None else card.trust,
            worked_together_again=card is not None and card.again,
            intro_path=() if card is None else card.intro_path,
            preferences=preference_checks(viewer, cand, self.settings.filters),
            match=ranked.score,
            learned=learned,
            parts=points_by_part(
                ranked.components, match_score(ranked.score).points, self.settings.weights
            ),
        )

    # ------------------------------------------------------------ pairs
    def pair_scores(
        self, ids: Sequence[str], *, trust: bool = False
    ) -> tuple[
        list[Profile], dict[str, ProfileVectors], npt.NDArray[np.float64], set[frozenset[str]]
    ]:
        """Profiles, vectors, the score matrix and the forbidden pairs of ``ids`` (an event's
        attendees: every pair scored at once by :func:`~matcher.matching.ranking.score_matrix`).

        With ``trust`` (planning), the scores carry trust as the suggestions do
        (:func:`blend_trust`): whom your collaborators worked well with, what feedback
        taught; agendas and statistics show the plain match score.
        """
        profiles = self.profiles.store.profiles(list(ids))
        by_id = {p.id: p for p in profiles}
        order = [by_id[i] for i in ids if i in by_id]
        self.profiles.ensure_vectors([p.id for p in order])
        vectors = self.profiles.load_vectors([p.id for p in order])
        # in the community's text space, as the suggestions: one score for a pair everywhere
        space = self._state().table.space
        table = CandidateTable.build(
            order, [vectors[p.id] for p in order], self.encoder.dim, space=space
        )
        s = self.settings
        scores, forbidden_mask = score_matrix(table, s.weights, s.filters)
        provider = self.trust
        if trust and provider is not None:
            views = [provider.viewer_trust(p.id) for p in order]
            if any(v.has_edges for v in views):
                scores = blend_trust(scores, [p.id for p in order], views, provider.settings)
        idset = {p.id for p in order}
        forbidden = {
            frozenset((order[a].id, order[b].id))
            for a, b in zip(*np.nonzero(np.triu(forbidden_mask, 1)), strict=True)
        }
        for p in order:
            # avoid lists, "not a fit" feedback and declined introductions, both ways
            for other in self.avoids.avoided_either_way(p.id) | self.pairs.kept_apart(p.id):
                if other in idset:
                    forbidden.add(frozenset((p.id, other)))
        return order, vectors, scores, forbidden
