"""Ranking candidates for a viewer: exact vectorised scoring, the index pool surrogate, explanations.

Pure numpy over a columnar :class:`CandidateTable`; no I/O. Two paths give the
same top-k when the pool is large enough:

* :func:`rank_exact` scores every candidate (the reference, and the path for
  small communities);
* :func:`pool_keys` / :func:`pool_query` turn the score into one inner product
  that a vector index can search. Since ``c(A->B) + c(B->A)`` is
  ``[needs_A ; offers_A] . [offers_B ; needs_B]``, and the role and values terms
  are inner products too, a key per candidate and a query per viewer give the
  *arithmetic* mean form of the score; the index returns a pool of the best
  candidates for it, and :func:`rank_exact` re-ranks the pool with the real
  score (roles combined by their harmonic mean, the text directions as
  :attr:`matcher.matching.model.Weights.directions` says).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from matcher.matching.model import (
    Components,
    Filters,
    PhraseMatch,
    Weights,
    blend,
    preference_mix,
)
from matcher.matching.textspace import CHUNK, TextSpace, text_language
from matcher.profiles.model import (
    CRITERIA,
    Profile,
    ProfileVectors,
    Role,
    Stage,
    Strength,
    zone_offset,
)
from matcher.trust.model import TrustSettings, ViewerTrust

__all__ = [
    "CandidateTable",
    "PairExplanation",
    "Ranked",
    "Screened",
    "ViewerTerms",
    "allowed_count",
    "allowed_rows",
    "blend_trust",
    "explain_pair",
    "explain_roles",
    "key_width",
    "match_phrases",
    "pair_criteria",
    "pool_keys",
    "pool_query",
    "rank_exact",
    "score_matrix",
    "screen",
]

F32 = npt.NDArray[np.float32]
#: a viewer's corrected offers and needs and hub terms (:meth:`CandidateTable.viewer_terms`)
ViewerTerms = tuple[F32, F32, float, float]
ROLES = tuple(Role)
_ROLE_POS = {r: i for i, r in enumerate(ROLES)}
_STAGE_LEVEL = {st: i for i, st in enumerate(Stage)}
#: strengths as small integers in :attr:`CandidateTable.preferences`
_ANY, _NICE, _MUST = 0, 1, 2
_STRENGTH_CODE = {Strength.ANY: _ANY, Strength.NICE: _NICE, Strength.MUST: _MUST}


def _roles_vector(roles: Sequence[Role]) -> F32:
    v = np.zeros(len(ROLES), dtype=np.float32)
    for r in roles:
        v[_ROLE_POS[r]] = 1.0
    return v


@dataclass(frozen=True, slots=True, eq=False)
class CandidateTable:
    """Columns of the people who may be suggested, one row each, for vectorised scoring.

    Build it with :meth:`build`; rows follow ``profiles``.
    """

    profiles: tuple[Profile, ...]
    offers: F32
    needs: F32
    values: F32
    roles_offered: F32
    roles_sought: F32
    commitment: npt.NDArray[np.int8]
    utc_offset: F32
    languages: npt.NDArray[np.bool_]
    language_codes: tuple[str, ...]
    suggestable: npt.NDArray[np.bool_]
    row_of: dict[str, int]
    stage: npt.NDArray[np.int8]
    industries: npt.NDArray[np.bool_]
    industry_codes: tuple[str, ...]
    #: one column per criterion of :data:`matcher.profiles.model.CRITERIA`: 0 any, 1 nice, 2 must
    preferences: npt.NDArray[np.int8]
    #: each row's place in the ids' sorted order: :func:`rank_exact`'s tie-break by id, as
    #: integers (a sort of integers, not of strings, on every suggestion)
    id_order: npt.NDArray[np.intp]
    #: roles offered and sought as bit masks (bit i: ``ROLES[i]``), for the criteria
    roles_offered_bits: npt.NDArray[np.int16]
    roles_sought_bits: npt.NDArray[np.int16]
    #: whether each person wrote how they work: an empty text is encoded as a zero vector,
    #: whose cosine with anyone is 0; that is unknown, not "nothing in common", and
    #: :func:`matcher.matching.model.blend` leaves it out
    values_known: npt.NDArray[np.bool_]
    #: the community's text corrections (:mod:`matcher.matching.textspace`), None: raw cosines;
    #: ``offers`` and ``needs`` are then the corrected vectors, and each row's hub terms are
    #: taken off its cosines
    space: TextSpace | None = None
    hub_offers: npt.NDArray[np.float32] | None = None
    hub_needs: npt.NDArray[np.float32] | None = None

    @classmethod
    def build(
        cls,
        profiles: Sequence[Profile],
        vectors: Sequence[ProfileVectors],
        dim: int,
        space: TextSpace | None = None,
        *,
        half: bool = False,
    ) -> CandidateTable:
        """Stack profiles and their vectors into columns (corrected by ``space`` if given).

        With ``half`` the text columns (``offers``, ``needs``, ``values``) are kept in
        float16: half the memory of a large community's table; the scores are computed in
        float32 from them and move by under 1e-4 (:meth:`updated` keeps the choice).

        Examples
        --------
        >>> import numpy as np
        >>> from matcher.profiles.model import Profile
        >>> e = np.eye(2, dtype=np.float32)
        >>> t = CandidateTable.build([Profile("a", "A", "o", "n")], [ProfileVectors(*e[[0, 1, 0]])], 2)
        >>> t.viewer_terms(t.profiles[0], ProfileVectors(*e[[0, 1, 0]]))[2:]
        (0.0, 0.0)

        :meth:`updated` replaces and removes rows without rebuilding the others:

        >>> t2 = t.updated([(Profile("b", "B", "o", "n", languages=("fr",)),
        ...                  ProfileVectors(*e[[1, 0, 1]]))], removed=["a"], dim=2)
        >>> [p.id for p in t2.profiles], t2.language_codes, t2.row_of
        (['b'], ('en', 'fr'), {'b': 0})
        """
        n = len(profiles)
        text = np.float16 if half else np.float32

        def stack(name: str) -> npt.NDArray[np.floating[Any]]:
            # straight into the table's type: a half table never holds a float32 column
            out = np.empty((n, dim), dtype=text)
            for i, v in enumerate(vectors):
                out[i] = getattr(v, name)
            return out

        return cls.from_columns(
            profiles, stack("offers"), stack("needs"), stack("values"), space, half=half
        )

    @classmethod
    def from_columns(
        cls,
        profiles: Sequence[Profile],
        offers: npt.NDArray[np.floating[Any]],
        needs: npt.NDArray[np.floating[Any]],
        values: npt.NDArray[np.floating[Any]],
        space: TextSpace | None = None,
        *,
        half: bool = False,
        languages: tuple[Sequence[str], Sequence[str]] | None = None,
    ) -> CandidateTable:
        """:meth:`build` from the whole fields already stacked (row ``i``: ``profiles[i]``).

        The text columns are taken over, not copied, when they are of the table's type
        (float16 with ``half``): ``space`` corrects them in place, :data:`CHUNK` rows at a
        time, so a million rows are never copied whole in float32. ``languages``: the
        offers' and needs' :func:`text_language`, when the caller already has them.

        Examples
        --------
        >>> import numpy as np
        >>> from matcher.profiles.model import Profile
        >>> e = np.eye(2, dtype=np.float32)
        >>> t = CandidateTable.from_columns([Profile("a", "A", "o", "n")], e[[0]], e[[1]], e[[0]])
        >>> t.row_of, t.offers.tolist()
        ({'a': 0}, [[1.0, 0.0]])
        """
        n = len(profiles)
        text = np.float16 if half else np.float32
        offers = np.asarray(offers, dtype=text)
        needs = np.asarray(needs, dtype=text)
        values = np.asarray(values, dtype=text)
        values_known = np.zeros(n, dtype=bool)
        for lo in range(0, n, CHUNK):  # no (rows x dim) temporary at a million
            values_known[lo : lo + CHUNK] = values[lo : lo + CHUNK].any(axis=1)
        codes, langs = _one_hot([p.languages for p in profiles])
        industry_codes, industries = _one_hot([p.industries for p in profiles])
        prefs = np.array(
            [[_STRENGTH_CODE[p.preferences.strength(c)] for c in CRITERIA] for p in profiles],
            dtype=np.int8,
        ).reshape(n, len(CRITERIA))
        hub_offers = hub_needs = None
        if space is not None:
            offer_langs, need_langs = languages or (
                [text_language(p.offers) for p in profiles],
                [text_language(p.needs) for p in profiles],
            )
            hub_offers = np.zeros(n, dtype=np.float32)
            hub_needs = np.zeros(n, dtype=np.float32)
            for lo in range(0, n, CHUNK):  # row by row corrections, a chunk at a time
                hi = min(n, lo + CHUNK)
                o, d, h_o, h_n = space.transform(
                    offers[lo:hi], needs[lo:hi], offer_langs[lo:hi], need_langs[lo:hi]
                )
                offers[lo:hi], needs[lo:hi] = o, d
                hub_offers[lo:hi], hub_needs[lo:hi] = h_o, h_n
        return cls(
            profiles=tuple(profiles),
            offers=offers,
            needs=needs,
            values=values,
            roles_offered=np.array(
                [_roles_vector(p.roles_offered) for p in profiles], dtype=np.float32
            ).reshape(n, len(ROLES)),
            roles_sought=np.array(
                [_roles_vector(p.roles_sought) for p in profiles], dtype=np.float32
            ).reshape(n, len(ROLES)),
            commitment=np.array([p.commitment.level for p in profiles], dtype=np.int8),
            utc_offset=np.array([p.utc_offset for p in profiles], dtype=np.float32),
            languages=langs,
            language_codes=codes,
            suggestable=np.array([p.suggestable for p in profiles], dtype=bool),
            row_of={p.id: i for i, p in enumerate(profiles)},
            stage=np.array([_STAGE_LEVEL[p.stage] for p in profiles], dtype=np.int8),
            industries=industries,
            industry_codes=industry_codes,
            preferences=prefs,
            id_order=_id_order(profiles),
            roles_offered_bits=_role_bits([p.roles_offered for p in profiles]),
            roles_sought_bits=_role_bits([p.roles_sought for p in profiles]),
            values_known=values_known,
            space=space,
            hub_offers=hub_offers,
            hub_needs=hub_needs,
        )

    def at_time(self, at: dt.datetime) -> CandidateTable:
        """The table with each time zone's offset at ``at`` (daylight saving time); itself
        when no offset changed."""
        now = {z: zone_offset(z, at) for z in {p.timezone for p in self.profiles if p.timezone}}
        moved = {
            i: p.at_time(at)
            for i, p in enumerate(self.profiles)
            if p.timezone and now[p.timezone] != p.utc_offset
        }
        if not moved:
            return self
        offsets = self.utc_offset.copy()
        for i, p in moved.items():
            offsets[i] = p.utc_offset
        profiles = tuple(moved.get(i, p) for i, p in enumerate(self.profiles))
        return replace(self, profiles=profiles, utc_offset=offsets)

    def viewer_terms(self, viewer: Profile, vectors: ProfileVectors) -> ViewerTerms:
        """The viewer's corrected offers and needs and hub terms ``(h_o, h_n)``, in this
        table's space (the raw vectors and 0, 0 without one). A viewer who is not in the
        table (not open to suggestions) is corrected here: about 3 ms at 100,000 people
        (their neighbours among everyone's), so a caller asking several times for one
        suggestion (the pool's query, the pool, the trusted people outside it) asks once
        and passes them on.

        See :meth:`build` for an example.
        """
        if self.space is None or self.hub_offers is None or self.hub_needs is None:
            return vectors.offers, vectors.needs, 0.0, 0.0
        row = self.row_of.get(viewer.id)
        if row is not None:
            return (
                self.offers[row].astype(np.float32),  # float16 in a half table
                self.needs[row].astype(np.float32),
                float(self.hub_offers[row]),
                float(self.hub_needs[row]),
            )
        o, n, h_o, h_n = self.space.transform(
            vectors.offers[None, :],
            vectors.needs[None, :],
            [text_language(viewer.offers)],
            [text_language(viewer.needs)],
        )
        return o[0], n[0], float(h_o[0]), float(h_n[0])

    def __len__(self) -> int:
        return len(self.profiles)

    def updated(
        self,
        upserts: Sequence[tuple[Profile, ProfileVectors]],
        removed: Collection[str],
        dim: int,
    ) -> CandidateTable:
        """A new table without ``removed`` ids and with ``upserts`` replacing or adding rows.

        Costs one copy of the columns (no re-encoding, no database read), so one
        profile edit in a large community does not rebuild everything.

        See :meth:`build` for an example.
        """
        drop = set(removed) | {p.id for p, _ in upserts}
        keep = np.array([p.id not in drop for p in self.profiles], dtype=bool)
        extra = CandidateTable.build(
            [p for p, _ in upserts],
            [v for _, v in upserts],
            dim,
            space=self.space,
            half=self.offers.dtype == np.float16,
        )
        codes = tuple(sorted(set(self.language_codes) | set(extra.language_codes)))
        industry_codes = tuple(sorted(set(self.industry_codes) | set(extra.industry_codes)))

        def widen(
            table: CandidateTable, mask: npt.NDArray[np.bool_] | None, industry: bool = False
        ) -> np.ndarray:
            matrix, have, want = (
                (table.industries, table.industry_codes, industry_codes)
                if industry
                else (table.languages, table.language_codes, codes)
            )
            rows = matrix if mask is None else matrix[mask]
            out = np.zeros((rows.shape[0], len(want)), dtype=bool)
            for j, c in enumerate(have):
                out[:, want.index(c)] = rows[:, j]
            return out

        profiles = tuple(p for p, k in zip(self.profiles, keep, strict=True) if k) + extra.profiles
        return CandidateTable(
            profiles=profiles,
            offers=np.concatenate([self.offers[keep], extra.offers]),
            needs=np.concatenate([self.needs[keep], extra.needs]),
            values=np.concatenate([self.values[keep], extra.values]),
            roles_offered=np.concatenate([self.roles_offered[keep], extra.roles_offered]),
            roles_sought=np.concatenate([self.roles_sought[keep], extra.roles_sought]),
            commitment=np.concatenate([self.commitment[keep], extra.commitment]),
            utc_offset=np.concatenate([self.utc_offset[keep], extra.utc_offset]),
            languages=np.concatenate([widen(self, keep), widen(extra, None)]),
            language_codes=codes,
            suggestable=np.concatenate([self.suggestable[keep], extra.suggestable]),
            row_of={p.id: i for i, p in enumerate(profiles)},
            stage=np.concatenate([self.stage[keep], extra.stage]),
            industries=np.concatenate([widen(self, keep, True), widen(extra, None, True)]),
            industry_codes=industry_codes,
            preferences=np.concatenate([self.preferences[keep], extra.preferences]),
            id_order=_id_order(profiles),
            roles_offered_bits=np.concatenate(
                [self.roles_offered_bits[keep], extra.roles_offered_bits]
            ),
            roles_sought_bits=np.concatenate(
                [self.roles_sought_bits[keep], extra.roles_sought_bits]
            ),
            values_known=np.concatenate([self.values_known[keep], extra.values_known]),
            space=self.space,
            hub_offers=None
            if self.hub_offers is None or extra.hub_offers is None
            else np.concatenate([self.hub_offers[keep], extra.hub_offers]),
            hub_needs=None
            if self.hub_needs is None or extra.hub_needs is None
            else np.concatenate([self.hub_needs[keep], extra.hub_needs]),
        )


def _id_order(profiles: Sequence[Profile]) -> npt.NDArray[np.intp]:
    """Each profile's place when the ids are sorted (ids are unique: no ties).

    Examples
    --------
    >>> from matcher.profiles.model import Profile
    >>> _id_order([Profile(i, i, "o", "n") for i in ("b", "c", "a")]).tolist()
    [1, 2, 0]
    """
    order = np.empty(len(profiles), dtype=np.intp)
    order[sorted(range(len(profiles)), key=lambda i: profiles[i].id)] = np.arange(len(profiles))
    return order


def _bits(roles: Sequence[Role]) -> int:
    return sum(1 << _ROLE_POS[r] for r in set(roles))


def _count(bits: npt.NDArray[np.int16]) -> npt.NDArray[np.float32]:
    """How many roles each bit mask holds, as float32."""
    return np.bitwise_count(bits).astype(np.float32)


def _role_bits(rows: Sequence[Sequence[Role]]) -> npt.NDArray[np.int16]:
    """One bit mask per row of roles (bit i set: the row has ``ROLES[i]``)."""
    return np.array([_bits(r) for r in rows], dtype=np.int16).reshape(len(rows))


def _one_hot(labels: Sequence[Sequence[str]]) -> tuple[tuple[str, ...], npt.NDArray[np.bool_]]:
    """The sorted distinct labels and one boolean row per item (True where it has the label)."""
    codes = tuple(sorted({x for row in labels for x in row}))
    col = {c: i for i, c in enumerate(codes)}
    out = np.zeros((len(labels), len(codes)), dtype=bool)
    for i, row in enumerate(labels):
        for x in row:
            out[i, col[x]] = True
    return codes, out


@dataclass(frozen=True, slots=True)
class Ranked:
    """A candidate row with its score and components."""

    row: int
    score: float
    components: Components


Met = dict[str, npt.NDArray[np.bool_]]


def _has_any(
    matrix: npt.NDArray[np.bool_], codes: tuple[str, ...], wanted: Sequence[str]
) -> npt.NDArray[np.bool_]:
    cols = [codes.index(c) for c in wanted if c in codes]
    if not cols:
        return np.zeros(len(matrix), dtype=bool)
    return np.asarray(matrix[:, cols].any(axis=1), dtype=bool)


def _criteria(
    viewer: Profile, table: CandidateTable, rows: npt.NDArray[np.intp] | None, filters: Filters
) -> tuple[Met, Met]:
    """Per criterion, which rows meet the viewer's (``mine``) and whom the viewer meets
    (``theirs``): :func:`matcher.matching.model.criteria_met` for every row at once (every
    row of the table when ``rows`` is None: its columns as they are, nothing copied)."""

    def col(column: np.ndarray) -> np.ndarray:
        return column if rows is None else column[rows]

    n = len(table) if rows is None else len(rows)
    yes = np.ones(n, dtype=bool)
    langs = (
        _has_any(col(table.languages), table.language_codes, viewer.languages)
        if filters.require_common_language
        else yes
    )
    if filters.max_commitment_gap is None:
        commitment = yes
    else:
        gap = np.abs(col(table.commitment).astype(np.int16) - viewer.commitment.level)
        commitment = gap <= filters.max_commitment_gap
    if filters.max_utc_gap is None:
        zone = yes
    else:
        zone = np.abs(col(table.utc_offset) - np.float32(viewer.utc_offset)) <= (
            filters.max_utc_gap + 1e-6
        )
    stage = col(table.stage) == _STAGE_LEVEL[viewer.stage]
    industries = col(table.industries)
    common_industry = _has_any(industries, table.industry_codes, viewer.industries)
    # bit masks: "a role in common" is a non-zero AND (as the 0/1 vectors' product > 0)
    seek_a = _bits(viewer.roles_sought)
    seek_b = col(table.roles_sought_bits)
    mine_roles = (col(table.roles_offered_bits) & seek_a) != 0 if seek_a else yes
    theirs_roles = ((seek_b & _bits(viewer.roles_offered)) != 0) | (seek_b == 0)
    same = {"commitment": commitment, "languages": langs, "timezone": zone, "stage": stage}
    mine = same | {
        "roles": mine_roles,
        "industry": common_industry if viewer.industries else yes,
    }
    theirs = same | {
        "roles": theirs_roles,
        "industry": common_industry | ~industries.any(axis=1),
    }
    return mine, theirs


def _allowed(
    viewer: Profile,
    table: CandidateTable,
    rows: npt.NDArray[np.intp] | None,
    filters: Filters,
    avoided: Collection[str],
) -> tuple[npt.NDArray[np.bool_], Met, Met]:
    """Which rows pass the hard filters (consent, avoid lists, must-haves both ways), and
    the criteria met both ways (see :func:`_criteria`); every row of the table when
    ``rows`` is None."""
    ok = table.suggestable.copy() if rows is None else table.suggestable[rows]
    mine, theirs = _criteria(viewer, table, rows, filters)
    prefs = table.preferences if rows is None else table.preferences[rows]
    for j, c in enumerate(CRITERIA):
        if viewer.preferences.strength(c) is Strength.MUST:
            ok &= mine[c]
        ok &= (prefs[:, j] != _MUST) | theirs[c]
    # never the viewer, nor anyone avoided either way (one row per id: ``row_of``)
    banned = [table.row_of[i] for i in (viewer.id, *avoided) if i in table.row_of]
    if rows is None:
        if banned:
            ok[banned] = False
    elif len(banned) > FEW_BANNED:  # over the rows asked about, not a whole-table mask
        ok &= ~np.isin(rows, banned)
    else:  # the viewer and a short avoid list: a comparison each (np.isin sorts both)
        for row in banned:
            ok &= rows != row
    return ok, mine, theirs


#: banned rows (the viewer and their avoid list) under which :func:`_allowed` compares each
#: with the rows asked about rather than calling ``np.isin`` (the same mask)
FEW_BANNED = 8


@dataclass(frozen=True, slots=True, eq=False)
class Screened:
    """What the hard filters said of some rows for one viewer (:func:`screen`), so that a
    caller that counts them first and then ranks them (the suggestions' pool) filters once.

    ``ok``: which of ``rows`` pass; ``mine`` and ``theirs``: the criteria met both ways
    (see :func:`_criteria`). Valid for the viewer, filters and avoid list it was made with.
    """

    viewer: str
    rows: npt.NDArray[np.intp]
    ok: npt.NDArray[np.bool_]
    mine: Met
    theirs: Met

    @property
    def count(self) -> int:
        """How many of the rows pass."""
        return int(self.ok.sum())


def screen(
    viewer: Profile,
    table: CandidateTable,
    rows: Sequence[int] | npt.NDArray[np.intp],
    filters: Filters = Filters(),
    avoided: Collection[str] = (),
) -> Screened:
    """Which of ``rows`` pass ``viewer``'s hard filters (those :func:`rank_exact` keeps),
    to count them and then rank them without filtering twice.

    Examples
    --------
    >>> import numpy as np
    >>> from matcher.profiles.model import Profile
    >>> e = np.eye(2, dtype=np.float32)
    >>> people = [Profile(i, i, "o", "n", languages=(lang,)) for i, lang in
    ...           [("ana", "en"), ("bob", "fr"), ("cyd", "en"), ("dan", "en")]]
    >>> table = CandidateTable.build(people, [ProfileVectors(*e[[0, 1, 0]])] * 4, 2)
    >>> seen = screen(people[0], table, [3, 2, 1, 0], avoided={"dan"})
    >>> seen.ok.tolist(), seen.count
    ([False, True, False, False], 1)
    >>> [table.profiles[r.row].id for r in rank_exact(people[0], ProfileVectors(*e[[0, 1, 0]]),
    ...                                               table, rows=seen.rows, screened=seen)]
    ['cyd']
    """
    idx = np.asarray(rows, dtype=np.intp)
    if not len(idx):
        return Screened(viewer.id, idx, np.zeros(0, dtype=bool), {}, {})
    ok, mine, theirs = _allowed(viewer, table, idx, filters, avoided)
    return Screened(viewer.id, idx, ok, mine, theirs)


def allowed_count(
    viewer: Profile,
    table: CandidateTable,
    rows: npt.NDArray[np.intp],
    filters: Filters = Filters(),
    avoided: Collection[str] = (),
) -> int:
    """How many of ``rows`` pass ``viewer``'s hard filters (those :func:`rank_exact` keeps)."""
    return screen(viewer, table, rows, filters, avoided).count


def allowed_rows(
    viewer: Profile,
    table: CandidateTable,
    filters: Filters = Filters(),
    avoided: Collection[str] = (),
) -> npt.NDArray[np.intp]:
    """Every row of ``table`` that passes ``viewer``'s hard filters, in order.

    One pass over the table's compact columns (consent, languages, commitment, time zone,
    stage, industries and roles as small integers or bit masks, each person's
    must-haves), none over the text vectors: about a millisecond at 100,000 people, so a
    viewer whose must-haves let few people through is scored over those few
    (:func:`rank_exact`'s full scan does so).

    Examples
    --------
    >>> import numpy as np
    >>> from matcher.profiles.model import Profile
    >>> e = np.eye(2, dtype=np.float32)
    >>> people = [Profile(i, i, "o", "n", languages=(lang,)) for i, lang in
    ...           [("ana", "en"), ("bob", "fr"), ("cyd", "en"), ("dan", "en")]]
    >>> table = CandidateTable.build(people, [ProfileVectors(*e[[0, 1, 0]])] * 4, 2)
    >>> allowed_rows(people[0], table, avoided={"dan"}).tolist()  # not Ana, nor Bob (French)
    [2]
    """
    return np.flatnonzero(_allowed(viewer, table, None, filters, avoided)[0])


def _preference_share(
    viewer: Profile, prefs: npt.NDArray[np.int8], mine: Met, theirs: Met
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """:func:`matcher.matching.model.preference_share` for every row: (share, has nice-to-haves)."""
    nice_b = prefs == _NICE
    met_b = np.stack([theirs[c] for c in CRITERIA], axis=1) & nice_b
    n_b = nice_b.sum(axis=1)
    share_b = met_b.sum(axis=1) / np.maximum(n_b, 1)
    has_b = n_b > 0
    nices = viewer.preferences.nices()
    if not nices:
        return share_b, has_b
    share_a = np.mean([mine[c] for c in nices], axis=0)
    return np.where(has_b, (share_a + share_b) / 2, share_a), np.ones(len(prefs), dtype=bool)


def pair_criteria(
    table: CandidateTable, filters: Filters = Filters()
) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """Every pair of rows at once: (must-haves met both ways, preference share, has share).

    Row ``i`` against every row is what :func:`rank_exact` computes for viewer ``i``
    (without consent and avoid lists, which the caller applies); all three matrices are
    symmetric. For planners that score a whole group (matchmaking events).

    Examples
    --------
    >>> import numpy as np
    >>> from matcher.profiles.model import Preferences, Profile, Stage, Strength
    >>> e = np.eye(2, dtype=np.float32)
    >>> a = Profile("a", "A", "o", "n", preferences=Preferences(stage=Strength.MUST))
    >>> b = Profile("b", "B", "o", "n", stage=Stage.REVENUE)
    >>> c = Profile("c", "C", "o", "n", preferences=Preferences(stage=Strength.NICE))
    >>> ok, share, has = pair_criteria(CandidateTable.build([a, b, c], [ProfileVectors(*e[[0, 1, 0]])] * 3, 2))
    >>> ok.tolist(), float(share[1, 2]), bool(has[0, 1])
    ([[True, False, True], [False, True, True], [True, True, True]], 0.0, False)
    """
    n = len(table)
    ok = np.ones((n, n), dtype=bool)
    share = np.zeros((n, n), dtype=np.float64)
    has = np.zeros((n, n), dtype=bool)
    rows = np.arange(n, dtype=np.intp)
    prefs = table.preferences
    for i, viewer in enumerate(table.profiles):
        mine, theirs = _criteria(viewer, table, rows, filters)
        for j, c in enumerate(CRITERIA):
            if viewer.preferences.strength(c) is Strength.MUST:
                ok[i] &= mine[c]
            ok[i] &= (prefs[:, j] != _MUST) | theirs[c]
        share[i], has[i] = _preference_share(viewer, prefs, mine, theirs)
    return ok, share, has


#: rows gathered at a time by :func:`_dots`: a block that stays in the cache while it is
#: multiplied (896 float32 columns: 1.8 MB), where gathering thousands of rows first wrote and
#: read them all back from memory (13 instead of 19 ms for 7,000 rows of three fields)
DOT_ROWS = 512


def _dots(matrix: npt.NDArray[np.floating[Any]], rows: npt.NDArray[np.intp], vector: F32) -> F32:
    """``matrix[rows] @ vector``, row by row: each result depends only on its row, not on how
    many rows there are (BLAS's gemv blocks by size, so a row's last bit can change with it),
    gathered :data:`DOT_ROWS` rows at a time.

    Examples
    --------
    >>> a = np.random.default_rng(0).standard_normal((50, 8)).astype(np.float32)
    >>> v = np.ones(8, np.float32)
    >>> bool((_dots(a, np.arange(50), v)[[3, 7]] == _dots(a, np.array([3, 7]), v)).all())
    True
    """
    out = np.empty(len(rows), dtype=np.float32)
    for lo in range(0, len(rows), DOT_ROWS):
        block = matrix[rows[lo : lo + DOT_ROWS]]
        out[lo : lo + DOT_ROWS] = np.einsum("ij,j->i", block, vector)
    return out


def _two_way(
    met: npt.NDArray[np.floating], back: npt.NDArray[np.floating], directions: str
) -> npt.NDArray[np.float64]:
    """:func:`matcher.matching.model.two_way` of arrays (both already clipped at 0)."""
    if directions == "harmonic":
        denom = met + back
        return np.asarray(np.where(denom > 0, 2 * met * back / np.where(denom > 0, denom, 1), 0.0))
    if directions == "mean":
        return np.asarray((met + back) / 2)
    root = (np.sqrt(met, dtype=np.float64) + np.sqrt(back, dtype=np.float64)) / 2
    return np.asarray(root * root)


def rank_exact(
    viewer: Profile,
    viewer_vectors: ProfileVectors,
    table: CandidateTable,
    *,
    k: int = 10,
    weights: Weights = Weights(),
    filters: Filters = Filters(),
    avoided: Collection[str] = (),
    rows: Sequence[int] | npt.NDArray[np.intp] | None = None,
    screened: Screened | None = None,
    terms: ViewerTerms | None = None,
    also: int = 0,
) -> list[Ranked]:
    """The ``k`` best candidates for ``viewer`` among ``rows`` of ``table`` (all rows by default).

    Hard filters first (:func:`matcher.matching.model.filter_reason` gives the same
    verdicts one pair at a time), then the weighted score; ties are broken by
    profile id so the result does not depend on row order. ``screened``: what
    :func:`screen` said of these ``rows`` for this viewer, filters and avoid list (not
    filtered again); ``terms``: ``table.viewer_terms(viewer, viewer_vectors)``, when the
    caller has them. ``also``: the last ``also`` of ``rows`` are scored with the others
    but ranked apart: after the ``k`` best of the rest come every one of them the filters
    let through and not among those ``k``, best first (the suggestions' most trusted
    people beside their pool: one scoring for both, the same scores as two).

    Examples
    --------
    >>> import numpy as np
    >>> from matcher.profiles.model import Profile, Role
    >>> e = np.eye(4, dtype=np.float32)
    >>> ana = Profile("ana", "Ana", "code", "sales", roles_offered=(Role.TECH,),
    ...               roles_sought=(Role.SALES,))
    >>> bob = Profile("bob", "Bob", "sales", "code", roles_offered=(Role.SALES,),
    ...               roles_sought=(Role.TECH,))
    >>> cyd = Profile("cyd", "Cyd", "sales", "design", roles_offered=(Role.SALES,))
    >>> vec = {"ana": ProfileVectors(e[0], e[1], e[2]), "bob": ProfileVectors(e[1], e[0], e[2]),
    ...        "cyd": ProfileVectors(e[1], e[3], e[2])}
    >>> table = CandidateTable.build([ana, bob, cyd], [vec[p] for p in "ana bob cyd".split()], 4)
    >>> [(table.profiles[r.row].id, r.score) for r in rank_exact(ana, vec["ana"], table)]
    [('bob', 1.0), ('cyd', 0.445833)]
    >>> for directions in ("mean", "harmonic"):
    ...     w = Weights(directions=directions)
    ...     print(directions, [r.score for r in rank_exact(ana, vec["ana"], table, weights=w)])
    mean [1.0, 0.608333]
    harmonic [1.0, 0.283333]

    :func:`score_matrix` gives the same scores for every pair at once (the diagonal is 0):

    >>> s, forbidden = score_matrix(table)
    >>> s.round(6).tolist()[0], forbidden[0].tolist()
    ([0.0, 1.0, 0.445833], [True, False, False])

    Cyd meets Ana's need (1.0) but Ana meets none of Cyd's (0.0), so reciprocal
    is their balanced mean ((sqrt(1) + sqrt(0)) / 2) ** 2 = 0.25 (mean: 0.5, harmonic
    mean: 0); values 1.0; roles H(1, 0.5) = 2/3: 0.65 * 0.25 + 0.15 * 1 + 0.2 * 2/3 = 0.445833.
    """
    # every row: the filters first, over the compact columns, and the rest (criteria,
    # preferences, the text vectors' products) over the allowed rows only: a viewer whose
    # must-haves let 3 % of a community through costs 3 % of a scan of everyone's vectors
    idx = (
        allowed_rows(viewer, table, filters, avoided) if rows is None else np.asarray(rows, np.intp)
    )
    if not len(idx):
        return []
    if not 0 <= also <= len(idx):
        raise ValueError(f"rank_exact: also must be in [0, {len(idx)}] (the rows), got {also}")
    if screened is None:
        ok, mine, theirs = _allowed(viewer, table, idx, filters, avoided)
    else:
        if screened.viewer != viewer.id or not np.array_equal(screened.rows, idx):
            raise ValueError("rank_exact: screened was made for other rows or another viewer")
        ok, mine, theirs = screened.ok, screened.mine, screened.theirs
    # row by row, so computed over the pool and then kept for the allowed rows (two masks
    # instead of one per criterion)
    pref_all, has_pref_all = _preference_share(viewer, table.preferences[idx], mine, theirs)
    apart = np.arange(len(idx))[ok] >= len(idx) - also if also else None
    idx = idx[ok]
    if not len(idx):
        return []
    pref, has_pref = pref_all[ok], has_pref_all[ok]
    w = weights.normalised()
    # einsum, not BLAS: a row's product is then the same bits whatever the number of rows
    # (a pool of the index or the whole table), so both paths give the same scores
    v_offers, v_needs, h_o, h_n = terms or table.viewer_terms(viewer, viewer_vectors)
    need_met = _dots(table.offers, idx, v_needs)
    need_back = _dots(table.needs, idx, v_offers)
    if table.hub_offers is not None and table.hub_needs is not None:  # hubness reduction
        need_met = need_met - table.hub_offers[idx] - np.float32(h_n)
        need_back = need_back - table.hub_needs[idx] - np.float32(h_o)
    need_met = np.maximum(need_met, 0.0)
    need_back = np.maximum(need_back, 0.0)
    reciprocal = _two_way(need_met, need_back, w.directions)
    values = np.maximum(_dots(table.values, idx, viewer_vectors.values), 0.0)

    # Role counts from bit masks, as float32: the same exact small integers that products
    # and sums of the 0/1 float32 role vectors give, so every share below is the same.
    seek_a, off_a = _bits(viewer.roles_sought), _bits(viewer.roles_offered)
    off_b, seek_b = table.roles_offered_bits[idx], table.roles_sought_bits[idx]
    n_seek_b = _count(seek_b)
    # 0.5 (unknown) when the seeker seeks nothing or the giver has no role tag at all
    share_ab = (
        np.full(len(idx), 0.5, np.float32)
        if not seek_a
        else np.where(
            (off_b | seek_b) != 0, _count(off_b & seek_a) / np.float32(seek_a.bit_count()), 0.5
        )
    )
    share_ba = np.where(
        (n_seek_b > 0) & bool(off_a | seek_a),
        _count(seek_b & off_a) / np.maximum(n_seek_b, 1),
        0.5,
    )
    s = share_ab + share_ba
    roles = np.where(s > 0, 2 * share_ab * share_ba / np.where(s > 0, s, 1), 0.0)
    inter = _count(off_b & off_a)
    union = _count(off_b) + np.float32(off_a.bit_count()) - inter
    overlap = np.where(union > 0, inter / np.maximum(union, 1), 0.0)
    roles = np.maximum(roles - w.overlap_penalty * overlap, 0.0)

    known = table.values_known[idx] & bool(np.any(viewer_vectors.values))
    raw = blend(reciprocal, values, roles, known.astype(np.float32), weights)
    score = np.round(np.asarray(raw, np.float64), 6)
    blended = np.round(preference_mix(score, pref, w.preferences), 6)
    score = np.where(has_pref, blended, score)
    ties = table.id_order[idx]
    if apart is None:
        order = np.lexsort((ties, -score))[:k]
    else:
        head, rest = np.flatnonzero(~apart), np.flatnonzero(apart)
        best = head[np.lexsort((ties[head], -score[head]))[:k]]
        rest = rest[~np.isin(idx[rest], idx[best])]  # those among the k best: counted once
        order = np.concatenate([best, rest[np.lexsort((ties[rest], -score[rest]))]])
    # the k kept, each column to Python floats at once (``tolist`` converts each number
    # exactly as ``float()`` does, without a NumPy scalar per number)
    columns = zip(
        *(
            a[order].tolist()
            for a in (idx, score, need_met, need_back, reciprocal, values, known, roles, pref)
        ),
        has_pref[order].tolist(),
        strict=True,
    )
    return [
        Ranked(
            row=row,
            score=total,
            components=Components.rounded(
                met, back, two, alike if was_known else None, role, share if shared else None
            ),
        )
        for row, total, met, back, two, alike, was_known, role, share, shared in columns
    ]


#: what the pool's linear score counts for the values of a candidate who wrote none (when the
#: viewer wrote theirs): the exact score leaves an unknown values term out and scales the
#: others up (:func:`matcher.matching.model.blend`), which no inner product can do, and
#: counting it as 0 pushed such people out of the pool. Chosen among 0, 0.3, 0.5 and 0.7 on
#: the development half of the evaluation sets by the pool's recall (``bench/pool_recall.py``)
UNKNOWN_VALUES_GUESS = 0.3


def key_width(text_dim: int) -> int:
    """The width of :func:`pool_keys` for text vectors of ``text_dim`` dimensions: three text
    fields, two role vectors and three scalars (unknown roles, hub terms, unknown values).

    >>> key_width(512)
    1557
    """
    return 3 * text_dim + 2 * len(ROLES) + 3


def pool_keys(
    table: CandidateTable, rows: Sequence[int] | npt.NDArray[np.intp] | None = None
) -> F32:
    """One key vector per candidate, so that ``pool_query(A) . key(B)`` is the linear score.

    ``key(B) = [offers_B, needs_B, values_B, roles_offered_B, roles_sought_B / |roles_sought_B|,
    unknown_B, -hubs_B, no_values_B]`` (for ``rows`` only, if given), where ``unknown_B`` is
    0.5 if B seeks no role plus 0.5 if B has no role tag at all (the roles' shares that are
    unknown, 0.5 each, see :func:`matcher.matching.model.role_score`), ``hubs_B`` the hub
    terms the exact score takes off B's two cosines (hubness reduction; 0 without a text
    space) and ``no_values_B`` 1 when B wrote no values (:data:`UNKNOWN_VALUES_GUESS`).
    Exact, but for the clipping at 0 and those unknown values, for a viewer who seeks roles,
    and for an untagged viewer (whose role term is the same for everyone); for a viewer who
    offers roles but seeks none, an untagged candidate's pool score is ``w_roles / 4`` too
    high (the exact re-rank corrects it). Weights live only in the query, so keys never go
    stale when weights change.
    """
    idx = np.arange(len(table)) if rows is None else np.asarray(rows, dtype=np.intp)
    seek = table.roles_sought[idx]
    n_seek = seek.sum(axis=1, keepdims=True)
    seek_norm = np.where(n_seek > 0, seek / np.maximum(n_seek, 1), 0.0)
    untagged = (n_seek + table.roles_offered[idx].sum(axis=1, keepdims=True)) == 0
    none_sought = (n_seek == 0).astype(np.float32) * 0.5 + untagged.astype(np.float32) * 0.5
    hubs = np.zeros((len(idx), 1), dtype=np.float32)
    if table.hub_offers is not None and table.hub_needs is not None:
        hubs[:, 0] = -(table.hub_offers[idx] + table.hub_needs[idx])
    no_values = (~table.values_known[idx]).astype(np.float32)[:, None]
    parts = [table.offers[idx], table.needs[idx], table.values[idx], table.roles_offered[idx]]
    return np.ascontiguousarray(
        np.hstack([*parts, seek_norm, none_sought, hubs, no_values]), dtype=np.float32
    )


def pool_query(
    viewer: Profile,
    vectors: ProfileVectors,
    weights: Weights = Weights(),
    table: CandidateTable | None = None,
    terms: ViewerTerms | None = None,
) -> F32:
    """The query vector of ``viewer`` matching :func:`pool_keys` (see the module docstring);
    in ``table``'s text space when given (``terms``: its :meth:`~CandidateTable.viewer_terms`
    for the viewer, when the caller has them).

    Examples
    --------
    >>> import numpy as np
    >>> from matcher.profiles.model import Profile
    >>> v = ProfileVectors(*np.eye(3, dtype=np.float32))
    >>> pool_query(Profile("a", "A", "o", "n"), v).shape == (key_width(3),)
    True
    """
    w = weights.normalised()
    offers, needs = vectors.offers, vectors.needs
    if table is not None:
        offers, needs, _, _ = terms or table.viewer_terms(viewer, vectors)
    seek = _roles_vector(viewer.roles_sought)
    if seek.any():
        seek = seek / seek.sum()
    return np.concatenate(
        [
            w.reciprocal / 2 * needs,
            w.reciprocal / 2 * offers,
            w.values * vectors.values,
            w.roles / 2 * seek,
            w.roles / 2 * _roles_vector(viewer.roles_offered),
            # an untagged viewer's role term is the same (0.5) for every candidate
            np.array(
                [
                    w.roles / 2 if viewer.roles_sought or viewer.roles_offered else 0.0,
                    # the hub terms, as the exact score takes them off both directions
                    w.reciprocal / 2,
                    # a viewer without values: nobody's values count (the same for everyone)
                    w.values * UNKNOWN_VALUES_GUESS if vectors.values.any() else 0.0,
                ],
                dtype=np.float32,
            ),
        ]
    ).astype(np.float32)


@dataclass(frozen=True, slots=True)
class PairExplanation:
    """Why two people fit, as every page shows it: the phrases that meet each side's needs,
    the roles each brings, the languages they share."""

    meets_my_needs: tuple[PhraseMatch, ...]
    meets_their_needs: tuple[PhraseMatch, ...]
    roles_they_bring: tuple[Role, ...]
    roles_i_bring: tuple[Role, ...]
    common_languages: tuple[str, ...]


def explain_pair(
    viewer: Profile,
    viewer_vectors: ProfileVectors,
    candidate: Profile,
    candidate_vectors: ProfileVectors,
    *,
    min_similarity: float,
    phrases: bool = True,
) -> PairExplanation:
    """The explanation of a suggestion or a meeting (``phrases=False``: no phrase matches).

    Examples
    --------
    >>> e = np.eye(3, dtype=np.float32)
    >>> ana = Profile("ana", "Ana", "code", "sales", roles_sought=(Role.SALES,))
    >>> bob = Profile("bob", "Bob", "sales", "code", roles_offered=(Role.SALES,))
    >>> va = ProfileVectors(e[0], e[1], e[2], ("code",), e[[0]], ("sales",), e[[1]])
    >>> vb = ProfileVectors(e[1], e[0], e[2], ("sales",), e[[1]], ("code",), e[[0]])
    >>> x = explain_pair(ana, va, bob, vb, min_similarity=0.25)
    >>> x.meets_my_needs[0].offer, x.roles_they_bring, x.common_languages
    ('sales', (<Role.SALES: 'sales'>,), ('en',))
    """
    theirs, mine = explain_roles(viewer, candidate)

    def met(needing: ProfileVectors, offering: ProfileVectors) -> tuple[PhraseMatch, ...]:
        """The phrases of ``needing``'s needs that ``offering``'s offers meet (one direction)."""
        if not phrases:
            return ()
        return match_phrases(
            needing.need_phrases,
            needing.need_phrase_vectors,
            offering.offer_phrases,
            offering.offer_phrase_vectors,
            min_similarity=min_similarity,
        )

    return PairExplanation(
        meets_my_needs=met(viewer_vectors, candidate_vectors),
        meets_their_needs=met(candidate_vectors, viewer_vectors),
        roles_they_bring=theirs,
        roles_i_bring=mine,
        common_languages=tuple(c for c in viewer.languages if c in candidate.languages),
    )


def match_phrases(
    needs: Sequence[str],
    need_vectors: F32,
    offers: Sequence[str],
    offer_vectors: F32,
    *,
    limit: int = 3,
    min_similarity: float = 0.2,
) -> tuple[PhraseMatch, ...]:
    """The phrases of ``offers`` that best meet phrases of ``needs``, best first.

    Each need phrase appears at most once; pairs under ``min_similarity`` are dropped,
    even when none is left: a card quotes no line rather than one that means nothing (the
    floor is the encoder's, :func:`~matcher.matching.model.phrase_floor`).

    Examples
    --------
    >>> import numpy as np
    >>> e = np.eye(3, dtype=np.float32)
    >>> match_phrases(["a CTO", "money"], e[:2], ["I code", "I sell"], e[[0, 2]])
    (PhraseMatch(need='a CTO', offer='I code', similarity=1.0),)
    >>> match_phrases(["money"], e[[1]], ["I code", "I sell"], e[[0, 2]])
    ()
    """
    if not len(needs) or not len(offers):
        return ()
    sims = need_vectors @ offer_vectors.T
    best = sims.argmax(axis=1)
    top = sims[np.arange(len(best)), best]  # as Python floats below: float(sims[i, best[i]])
    pairs = sorted(
        zip(top.tolist(), range(len(needs)), best.tolist(), strict=True),
        key=lambda t: (-t[0], t[1]),
    )
    kept = [p for p in pairs if p[0] >= min_similarity][:limit]
    return tuple(
        PhraseMatch(need=needs[i], offer=offers[j], similarity=round(s, 3)) for s, i, j in kept
    )


def explain_roles(viewer: Profile, candidate: Profile) -> tuple[tuple[Role, ...], tuple[Role, ...]]:
    """Roles the candidate brings that the viewer seeks, and the reverse."""
    theirs = tuple(r for r in viewer.roles_sought if r in candidate.roles_offered)
    mine = tuple(r for r in candidate.roles_sought if r in viewer.roles_offered)
    return theirs, mine


def score_matrix(
    table: CandidateTable, weights: Weights = Weights(), filters: Filters = Filters()
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_]]:
    """Scores of every pair of rows of ``table`` at once, and the pairs that may not meet.

    The same formula as :func:`matcher.matching.ranking.rank_exact` (which scores one viewer
    against many), as matrices: ``S = w_r M(N O^T, O N^T) + w_v V V^T + w_roles R``, where
    ``M`` combines the two text directions as ``weights.directions`` says.
    No common language forbids a pair; a missed must-have of either side (by default a
    commitment or time-zone gap over the filters' limits, see
    :class:`matcher.profiles.model.Preferences`) makes it worth 0; nice-to-haves are blended in as
    in the suggestions.

    Examples
    --------
    See :func:`rank_exact`, whose example scores the same three members one viewer at a time
    and then as this matrix.
    """
    w = weights.normalised()
    offers = table.offers.astype(np.float64)
    needs = table.needs.astype(np.float64)
    met = needs @ offers.T  # met[a, b]: b's offers meet a's needs
    if table.hub_offers is not None and table.hub_needs is not None:  # hubness, as rank_exact
        met = met - table.hub_offers[None, :].astype(np.float64)
        met = met - table.hub_needs[:, None].astype(np.float64)
    met = np.maximum(met, 0.0)
    reciprocal = _two_way(met, met.T, w.directions)
    values = np.maximum(table.values.astype(np.float64) @ table.values.T.astype(np.float64), 0.0)
    seek = table.roles_sought.astype(np.float64)
    off = table.roles_offered.astype(np.float64)
    n_seek = seek.sum(axis=1)
    tagged = (n_seek + off.sum(axis=1)) > 0
    share = np.where(  # share[a, b]: part of a's sought roles that b offers (0.5 if none
        # sought, or b has no role tag at all)
        (n_seek[:, None] > 0) & tagged[None, :],
        (seek @ off.T) / np.maximum(n_seek, 1)[:, None],
        0.5,
    )
    both = share + share.T
    roles = np.where(both > 0, 2 * share * share.T / np.where(both > 0, both, 1), 0.0)
    inter = off @ off.T
    n_off = off.sum(axis=1)
    union = n_off[:, None] + n_off[None, :] - inter
    roles = np.maximum(
        roles - w.overlap_penalty * np.where(union > 0, inter / np.maximum(union, 1), 0.0), 0.0
    )
    known = table.values_known[:, None] & table.values_known[None, :]
    score = np.round(blend(reciprocal, values, roles, known.astype(np.float64), weights), 6)
    # each person's must-haves (both ways) and nice-to-haves, as in the suggestions
    musts_met, share, has_share = pair_criteria(table, filters)
    blended = np.round(preference_mix(score, share, w.preferences), 6)
    score = np.where(has_share, blended, score)
    forbidden = np.zeros(score.shape, dtype=bool)
    if filters.require_common_language:  # people with no language in common cannot talk
        lang = table.languages.astype(np.int32)
        forbidden |= (lang @ lang.T) == 0
    worthless = ~musts_met  # a missed must-have: worth nothing, seated only if nothing else
    score = np.where(worthless | forbidden, 0.0, score)
    np.fill_diagonal(score, 0.0)
    np.fill_diagonal(forbidden, True)
    return np.asarray((score + score.T) / 2, np.float64), forbidden


def blend_trust(
    scores: npt.NDArray[np.float64],
    ids: Sequence[str],
    views: Sequence[ViewerTrust],
    settings: TrustSettings,
) -> npt.NDArray[np.float64]:
    """Pair scores with trust, as the suggestions blend it, seen from both sides.

    Row ``a`` is ``a``'s view: ``(1 - w_t - w_a) * score + w_t * trust + w_a * again``
    when ``a`` has trust edges, the plain score otherwise (as in
    :meth:`matcher.matching.service.MatchingService.suggest`); a pair is worth the mean of its two
    views. A pair worth 0 (a missed must-have) stays at 0.

    Examples
    --------
    >>> s = np.array([[0, 0.5, 0.5], [0.5, 0, 0.2], [0.5, 0.2, 0]])
    >>> ana = ViewerTrust("ana", {"cyd": 1.0}, frozenset(), True)
    >>> views = [ana, ViewerTrust("bob"), ViewerTrust("cyd")]
    >>> ts = TrustSettings(trust_weight=0.3, again_weight=0.0)
    >>> blend_trust(s, ["ana", "bob", "cyd"], views, ts).round(3).tolist()
    [[0.0, 0.425, 0.575], [0.425, 0.0, 0.2], [0.575, 0.2, 0.0]]
    """
    pos = {pid: i for i, pid in enumerate(ids)}
    view = scores.copy()
    for a, vt in enumerate(views):
        if not vt.has_edges:
            continue
        trust = np.zeros(len(ids))
        again = np.zeros(len(ids))
        for pid, t in vt.trust.items():
            if pid in pos:
                trust[pos[pid]] = t
        for pid in vt.again:
            if pid in pos:
                again[pos[pid]] = 1.0
        view[a] = settings.blend(scores[a], trust, again)
    out = np.where(scores > 0, (view + view.T) / 2, 0.0)
    np.fill_diagonal(out, 0.0)
    return np.asarray(np.round(out, 6), np.float64)
