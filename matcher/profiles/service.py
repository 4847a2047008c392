"""Profile use cases: read with visibility, create, change, delete, import, encode.

Routes and CLI commands parse their input, call one method here, and serialise the
result. Permissions come from :mod:`matcher.access`.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from embeddings.encoder import (
    DEFAULT_ENCODER,
    Encoder,
    encode_field,
    encoder_of_vectors,
    query_fields,
)
from matcher.access import EDIT_PROFILE, Actor, can_see, needs_shared_event
from matcher.db import Database
from matcher.errors import (
    CofoundryError,
    Conflict,
    ImportFailed,
    InvalidInput,
    NoProfileYet,
    UnknownProfile,
)
from matcher.ids import check_id, free_id
from matcher.profiles.columns import imported_languages, language_given
from matcher.profiles.model import Profile, ProfileVectors, Steps, split_phrases
from matcher.profiles.store import ProfileStore, StoredVector
from matcher.profiles.validation import check_profile, check_rows, column_problem, merge_profile

__all__ = [
    "FIELDS",
    "LIST_SCAN",
    "ImportReport",
    "ProfilePage",
    "ProfileService",
    "encoder_in",
]

logger = logging.getLogger(__name__)

#: Texts encoded per call when an import reports its steps (the encoder batches inside).
ENCODE_CHUNK = 1024
#: Most profile rows one listing request reads (see :meth:`ProfileService.list_profiles`).
LIST_SCAN = 10_000


@dataclass(frozen=True, slots=True)
class ProfilePage:
    """A page of a listing: its ``profiles``, and ``next_after``, the id the next page
    starts after (None when the listing is at its end)."""

    profiles: tuple[Profile, ...]
    next_after: str | None


#: The encoded free texts of a profile.
FIELDS = ("offers", "needs", "values")
#: one whole field of many profiles, a row each (float32, or float16 for a large community)
FieldArray = npt.NDArray[np.floating[Any]]


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did."""

    created: tuple[str, ...]
    updated: tuple[str, ...]
    rejected: tuple[tuple[int, Mapping[str, Any], tuple[InvalidInput, ...]], ...]
    encoded: int
    #: the profiles imported whose row named no language, and the languages guessed for
    #: them (:func:`~matcher.profiles.columns.imported_languages`: ``fr;en``, ``en``)
    guessed: tuple[tuple[str, str], ...] = ()


def encoder_in(db: Database) -> str:
    """The name of the encoder to serve ``db`` with when none is chosen: the one its stored
    vectors were made with (the one most of the profiles written last have, among those that
    can be rebuilt from their name; see :meth:`ProfileStore.vector_models`), so an upgrade that changes :data:`~embeddings.encoder.DEFAULT_ENCODER`
    re-encodes nothing; for a database without vectors, the default.

    Examples
    --------
    >>> from matcher.schema import connect
    >>> db = connect()
    >>> encoder_in(db) == DEFAULT_ENCODER
    True
    >>> ProfileStore(db).put_bare("ana")
    >>> db.execute(
    ...     "INSERT INTO vectors (profile_id, field, model, dim, text_hash, vector)"
    ...     " VALUES ('ana', 'offers', 'use-multilingual-v3', 2, 'h', x'00')")  # doctest: +ELLIPSIS
    <...>
    >>> encoder_in(db)
    'use-multilingual-v3'
    """
    for model in ProfileStore(db).vector_models():
        name = encoder_of_vectors(model)
        if name is not None:
            return name
    return DEFAULT_ENCODER


def _text_hash(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()[:32]


class ProfileService:
    """Profiles: who may see and change them, their import, and their vectors.

    Parameters
    ----------
    db : Database
    encoder : Encoder
        Encodes the free texts (vectors are stored per model and text hash).
    shares_event : callable, optional
        ``shares_event(viewer, person)``: do they attend (or organise) one event? Decides
        who sees an ``event-only`` profile (wired to the events store by
        :class:`matcher.community.Community`; without it nobody else sees one).
    introduced : callable, optional
        ``introduced(viewer, person)``: did ``person`` ask ``viewer`` for an introduction
        that stands or was accepted, or accept ``viewer``'s? Then ``viewer`` sees
        ``person`` whatever its visibility (wired to the trust domain by the community).

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.schema import connect
    >>> profiles = ProfileService(connect(), FakeEncoder(dim=64))
    >>> report = profiles.import_profiles([
    ...     {"id": "ana", "name": "Ana", "offers": "python code backend", "needs": "sales"},
    ... ])
    >>> report.created, report.encoded, profiles.get_profile("ana", actor=None).name
    (('ana',), 3, 'Ana')
    """

    def __init__(
        self,
        db: Database,
        encoder: Encoder,
        *,
        shares_event: Callable[[str, str], bool] | None = None,
        introduced: Callable[[str, str], bool] | None = None,
    ) -> None:
        self.db = db
        self.store = ProfileStore(db)
        self.encoder = encoder
        self.shares_event = shares_event
        self.introduced = introduced
        #: whether an id is a member's who has no profile yet (an account signed up, its
        #: profile not written: the community wires
        #: :meth:`~matcher.security.SecurityService.known_member`); see :meth:`missing`
        self.known_member: Callable[[str], bool] = lambda member_id: False
        #: ``forget(person) -> rows`` of every domain that holds rows about a person; run
        #: by :meth:`delete_profile` in its transaction (registered by the community)
        self.on_delete: list[Callable[[str], int]] = []
        #: ``saved(profiles)`` of every domain that follows profiles' changes (a connector
        #: who turns private leaves pending introductions); run once in the transaction
        #: that writes them, by :meth:`update_profile` and :meth:`import_profiles`
        self.on_saved: list[Callable[[Sequence[Profile]], object]] = []

    # ------------------------------------------------------------ visibility
    def visible(self, profile: Profile, actor: Actor | None) -> bool:
        """The one visibility rule, :func:`matcher.access.can_see` (an event-only profile
        is looked up in the events, and an introduction request in the trust domain, only
        when the answer depends on it)."""
        if actor is None:
            return can_see(profile, None)
        viewer, admin = actor.profile_id, actor.is_admin
        shared = (
            viewer is not None
            and self.shares_event is not None
            and needs_shared_event(profile, viewer, admin=admin)
            and self.shares_event(viewer, profile.id)
        )
        seen = can_see(profile, viewer, admin=admin, signed_in=True, shared_event=shared)
        if seen or viewer is None or self.introduced is None:
            return seen
        # hidden otherwise: did an introduction between them show one to the other?
        met = self.introduced(viewer, profile.id)
        return can_see(profile, viewer, signed_in=True, introduced=met)

    def missing(
        self, person: str, actor: Actor | None, *, field: str = "id", hint: str | None = None
    ) -> CofoundryError:
        """The error for ``person``'s profile, not there or not visible to ``actor``: the one
        rule of :class:`~matcher.errors.NoProfileYet`.

        A member who signed up and has not written their profile yet (:attr:`known_member`)
        is told so when they ask about themselves, and an operator (``actor`` None: the
        CLI; or an admin) is told whose profile is missing; anyone else gets :class:`~matcher.errors.UnknownProfile`, as
        for an id nobody has (whether an account exists is nobody else's business).

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.schema import connect
        >>> profiles = ProfileService(connect(), FakeEncoder(dim=8))
        >>> profiles.known_member = lambda member: member == "ana"
        >>> type(profiles.missing("ana", Actor("ana"))).__name__
        'NoProfileYet'
        >>> type(profiles.missing("ana", Actor("bob"))).__name__
        'UnknownProfile'
        >>> print(profiles.missing("ana", Actor(None, role="admin")).detail)
        'ana' has no profile yet
        """
        own = actor is not None and actor.profile_id == person
        told = own or actor is None or actor.is_admin
        if told and self.store.get_profile(person) is None and self.known_member(person):
            return NoProfileYet(person, own=own)
        if hint is None:
            return UnknownProfile(f"no profile {person!r}", field=field, value=person)
        return UnknownProfile(f"no profile {person!r}", field=field, value=person, hint=hint)

    def seen(self, ids: Iterable[str], *, actor: Actor | None) -> dict[str, Profile]:
        """The profiles among ``ids`` that ``actor`` may see, by id (hidden or unknown ones
        left out): one read for all of them, then :meth:`visible` on each."""
        wanted = list(dict.fromkeys(ids))
        found = {p.id: p for p in self.store.profiles(wanted) if self.visible(p, actor)}
        return {pid: found[pid] for pid in wanted if pid in found}

    def names(self, ids: Iterable[str], *, actor: Actor | None) -> dict[str, str]:
        """The display name of each of ``ids`` for ``actor``; a profile they may not see
        (or nobody has) keeps its id, so a page or a command line never shows a hidden
        person's name.

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.schema import connect
        >>> profiles = ProfileService(connect(), FakeEncoder(dim=8))
        >>> ana = {"id": "ana", "name": "Ana Lopez", "offers": "code", "needs": "sales"}
        >>> _ = profiles.create_profile(ana | {"languages": "en"})
        >>> profiles.names(["ana", "nobody"], actor=Actor("bob"))
        {'ana': 'Ana Lopez', 'nobody': 'nobody'}
        """
        wanted = list(dict.fromkeys(ids))
        seen = self.seen(wanted, actor=actor)
        return {pid: seen[pid].name if pid in seen else pid for pid in wanted}

    def get_profile(self, profile_id: str, *, actor: Actor | None) -> Profile:
        """A profile the actor may see; hidden ones are reported as unknown (no leak), the
        caller's own, not written yet, as :class:`~matcher.errors.NoProfileYet`."""
        profile = self.store.get_profile(profile_id)
        if profile is None or not self.visible(profile, actor):
            raise self.missing(
                profile_id, actor, hint="check the id; hidden profiles are not shown"
            )
        return profile

    def list_profiles(
        self,
        *,
        actor: Actor | None,
        offset: int = 0,
        limit: int = 50,
        after: str | None = None,
    ) -> ProfilePage:
        """Profiles the actor may see, by id: ``limit`` of them, from the first id above
        ``after`` (the last id of the previous page) and skipping ``offset`` visible ones.

        The store is read a batch at a time and the reading stops once the page is full,
        or after :data:`LIST_SCAN` rows (a community where most profiles are hidden from
        the caller costs no more than that per request): a first page costs the same at
        100 profiles and at a million (``offset`` still reads the rows it skips; ``after``
        does not). The page's ``next_after`` is where the next page starts (None: the end),
        so a short page is not taken for the last one.

        ``offset`` and ``after`` are two ways to say where a page starts: both at once are
        refused (which would apply first is no rule a client should have to guess).
        """
        if after is not None and offset:
            raise InvalidInput(
                f"offset and after cannot be given together (got offset={offset}, after={after[:64]!r})",
                field="offset",
                value=offset,
                hint="use one of them: after, the last id of the previous page (the Link header's), or offset",
            )
        if after is not None:
            after = check_id(after, field="after")
        page: list[Profile] = []
        skip = offset
        batch = max(64, min(2 * (offset + limit), 1000))
        scanned = 0
        while True:
            rows = self.store.profiles_after(after, batch)
            for p in rows:
                scanned += 1
                after = p.id
                if not self.visible(p, actor):
                    continue
                if skip:
                    skip -= 1
                    continue
                page.append(p)
                if len(page) == limit:
                    return ProfilePage(tuple(page), after)
            if len(rows) < batch:
                return ProfilePage(tuple(page), None)
            if scanned >= LIST_SCAN:
                return ProfilePage(tuple(page), after)

    def create_profile(
        self,
        raw: Mapping[str, Any],
        *,
        also: Callable[[Profile], Any] | None = None,
        taken: Callable[[str], bool] | None = None,
    ) -> Profile:
        """Create a profile (its id must be free) and encode it.

        ``also(profile)`` runs in the same transaction (sign-up issues a token there).
        ``taken(id)``: whether the id is also taken without a profile (an account signed up
        but with no profile yet: an anonymous sign-up must not take its id, and with it the
        account's inbox, e-mail and tokens). An erased member's id is never given again
        (:meth:`~matcher.profiles.ProfileStore.is_buried`), and is refused as a taken one is.
        """
        profile = check_profile(raw)
        with self.db.transaction():

            def held(pid: str) -> bool:
                return (
                    self.store.get_profile(pid) is not None
                    or (taken is not None and taken(pid))
                    or self.store.is_buried(pid)
                )

            if held(profile.id):  # an erased member's id too, told alike (never "erased")
                raise self.id_taken(profile.id, held)
            self.store.put_profile(profile)
            if also is not None:
                also(profile)
        self.ensure_vectors([profile.id])
        return profile.at_time(self.store.clock())  # as every later read gives it

    @staticmethod
    def id_taken(pid: str, held: Callable[[str], bool], row: int | None = None) -> Conflict:
        """The one refusal of an id someone holds, or held (an erased member's, which it
        never tells: that would say the person existed), with a free one to try.

        Examples
        --------
        >>> str(ProfileService.id_taken("ana", {"ana"}.__contains__))
        "profile id 'ana' is already taken; choose another id, for example 'ana-2'"
        """
        where = f"row {row}: " if row is not None else ""
        return Conflict(
            f"{where}profile id {pid!r} is already taken",
            field="id",
            value=pid,
            hint=f"choose another id, for example {free_id(pid, held)!r}",
        )

    def update_profile(
        self, profile_id: str, changes: Mapping[str, Any], *, actor: Actor | None
    ) -> Profile:
        """Apply a partial update (owner or admin)."""
        EDIT_PROFILE.require(actor, profile_id)
        with self.db.transaction():
            current = self.store.get_profile(profile_id)
            if current is None:
                raise UnknownProfile(f"no profile {profile_id!r}", field="id", value=profile_id)
            updated = merge_profile(current, changes)
            self.store.put_profile(updated)
            for saved in self.on_saved:
                saved([updated])
        self.ensure_vectors([profile_id])
        return updated.at_time(self.store.clock())

    def delete_profile(self, profile_id: str, *, actor: Actor | None) -> None:
        """Delete a profile, its vectors, and what other domains hold about the person
        (tokens, avoid entries, trust records: :attr:`on_delete`), owner or admin.

        The complete erasure (ledgers pseudonymised, change log, index file, WAL) is
        :meth:`matcher.privacy.service.PrivacyService.erase`, which the API uses.
        """
        EDIT_PROFILE.require(actor, profile_id)
        with self.db.transaction():
            for forget in self.on_delete:
                forget(profile_id)
            if not self.store.delete_profile(profile_id):
                raise UnknownProfile(f"no profile {profile_id!r}", field="id", value=profile_id)

    def import_profiles(
        self,
        rows: Iterable[Mapping[str, Any]],
        *,
        skip_invalid: bool = False,
        source: str = "import",
        progress: bool = False,
        steps: Steps | None = None,
        file_language: str = "en",
    ) -> ImportReport:
        """Create or update many profiles in one transaction.

        Without ``skip_invalid`` any invalid row aborts the whole import
        (:class:`ImportFailed` lists every problem) and nothing is written; with
        it, valid rows are imported and the rejected ones are returned.
        ``progress`` shows the encoder's own bar; ``steps`` is told where the import is
        at each step (:data:`~matcher.profiles.model.IMPORT_STEPS`), encoding included.

        A row that names no language is given the language of its own texts, else
        ``file_language`` (the language of a CSV file's column names,
        :func:`~matcher.profiles.validation.read_profile_csv`), with English kept after it,
        as an event's attendee import does (:func:`~matcher.profiles.columns.imported_languages`):
        a guess never keeps two people from meeting; the report says whose (``guessed``).
        """
        rows = list(rows)
        problem = column_problem(rows, source=source)
        if problem is not None:  # every row would say it: said once, for the file
            raise problem
        given = [language_given(row) for row in rows]
        rows = [
            row if known else {**row, "languages": imported_languages(row, file_language)}
            for row, known in zip(rows, given, strict=True)
        ]
        n = len(rows)
        checked = (lambda done: steps("checking rows", done, n)) if steps else None
        good, bad = check_rows(rows, checked=checked)
        if bad and not skip_invalid:
            raise ImportFailed([e for _, _, errs in bad for e in errs], source=source)
        created: list[str] = []
        updated: list[str] = []
        with self.db.transaction():
            # an erased member's id is never given again (read in this transaction: an
            # erasure committed since the rows were checked is seen)
            buried = self.store.buried(p.id for p in good)
            # (an erased id has no profile; one put back by hand is updated as any other)
            buried = {i for i in buried if self.store.get_profile(i) is None}
            if buried:
                good, refused = self._refuse_buried(rows, good, bad, buried)
                if not skip_invalid:
                    raise ImportFailed([e for _, _, errs in refused for e in errs], source=source)
                bad = sorted([*bad, *refused], key=lambda b: b[0])
            for i, profile in enumerate(good, 1):
                (created if self.store.put_profile(profile) else updated).append(profile.id)
                if steps is not None and (i % 1000 == 0 or i == len(good)):
                    steps("writing profiles", i, len(good))
            for saved in self.on_saved:
                saved(good)
        # the profiles just validated and written, not read back and validated again
        latest = list({p.id: p for p in good}.values())
        encoded = self.ensure_vectors(profiles=latest, progress=progress, steps=steps)
        guessed_ids = {
            str(row.get("id")) for row, known in zip(rows, given, strict=True) if not known
        }
        return ImportReport(
            created=tuple(created),
            updated=tuple(updated),
            rejected=tuple((n, raw, tuple(errs)) for n, raw, errs in bad),
            encoded=encoded,
            guessed=tuple((p.id, ";".join(p.languages)) for p in latest if p.id in guessed_ids),
        )

    def _refuse_buried(
        self,
        rows: Sequence[Mapping[str, Any]],
        good: list[Profile],
        bad: list[tuple[int, Mapping[str, Any], list[InvalidInput]]],
        buried: set[str],
    ) -> tuple[list[Profile], list[tuple[int, Mapping[str, Any], list[InvalidInput]]]]:
        """``good`` without the profiles whose id is ``buried``, and those rows refused as a
        taken id is (:meth:`id_taken`), each with its row number."""
        rejected = {n for n, _, _ in bad}
        number: dict[object, int] = {}
        for n, raw in enumerate(rows, 1):
            if n not in rejected:
                number.setdefault(raw.get("id"), n)
        used = {p.id for p in good}

        def held(pid: str) -> bool:
            return (
                pid in used or self.store.get_profile(pid) is not None or self.store.is_buried(pid)
            )

        refused: list[tuple[int, Mapping[str, Any], list[InvalidInput]]] = []
        for p in good:
            if p.id in buried:
                n = number[p.id]
                c = self.id_taken(p.id, held, row=n)
                refused.append(
                    (n, rows[n - 1], [InvalidInput(c.detail, field="id", value=p.id, hint=c.hint)])
                )
        return [p for p in good if p.id not in buried], refused

    # -------------------------------------------------------------- vectors
    def ensure_vectors(
        self,
        ids: Sequence[str] | None = None,
        *,
        profiles: Sequence[Profile] | None = None,
        progress: bool = False,
        steps: Steps | None = None,
    ) -> int:
        """Encode the texts that changed (or were never encoded with this model); return how many.

        Each field is encoded whole (for search) and phrase by phrase (for
        explanations). A text whose hash and model match the stored vector is
        not encoded again. ``profiles``: the stored profiles themselves (an import has
        them), instead of reading ``ids`` back from the store. ``steps`` is told how the
        encoding and the writing go (the encoder then draws no bar of its own).
        """
        model = self.encoder.name
        known = self.store.vector_hashes(model)
        if profiles is None:
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
        # the fields the encoder encodes in their own way (e5's needs as questions) are
        # encoded apart; every other text once, whatever its field
        own = query_fields(self.encoder)
        groups: dict[str, list[str]] = {}
        n_texts = 0
        for _, f, text, phrases in todo:
            group = groups.setdefault(f if f in own else "", [])
            group.append(text)
            group.extend(phrases)
            n_texts += 1 + len(phrases)
        batches = [
            (key, list(dict.fromkeys(t for t in texts if t.strip())))  # each distinct text once
            for key, texts in groups.items()
        ]
        total = sum(len(nonempty) for _, nonempty in batches)
        lookup: dict[tuple[str, str], np.ndarray] = {}
        done = 0
        for key, nonempty in batches:
            if not nonempty:
                continue
            if steps is None:
                encoded = self._encode(key, nonempty, progress)
            else:  # in chunks, so the caller's bar moves (the encoder batches inside each)
                parts = []
                for lo in range(0, len(nonempty), ENCODE_CHUNK):
                    parts.append(self._encode(key, nonempty[lo : lo + ENCODE_CHUNK], False))
                    done += len(parts[-1])
                    steps("encoding texts", done, total)
                encoded = np.concatenate(parts)
            lookup.update(((key, t), v) for t, v in zip(nonempty, encoded, strict=True))
        dim = self.encoder.dim
        zero = np.zeros(dim, dtype=np.float32)
        with self.db.transaction():
            for i, (pid, f, text, phrases) in enumerate(todo, 1):
                key = f if f in own else ""
                self.store.put_vector(
                    StoredVector(
                        profile_id=pid,
                        field=f,
                        model=model,
                        dim=dim,
                        text_hash=_text_hash(model, text),
                        vector=lookup.get((key, text), zero),
                        phrases=phrases,
                        phrase_vectors=np.array(
                            [lookup.get((key, ph), zero) for ph in phrases], dtype=np.float32
                        ).reshape(len(phrases), dim),
                    )
                )
                if steps is not None and (i % 3000 == 0 or i == len(todo)):
                    steps("writing vectors", i, len(todo))
        logger.info("encoded %d texts with %s", n_texts, model)
        return len(todo)

    def _encode(self, field: str, texts: Sequence[str], progress: bool) -> np.ndarray:
        """``texts`` encoded as the encoder encodes ``field`` ("": any field it treats alike)."""
        if field:
            return encode_field(self.encoder, field, texts, progress=progress)
        return self.encoder.encode(texts, progress=progress)

    def field_arrays(
        self, ids: Sequence[str], *, dtype: type[np.floating[Any]] = np.float32
    ) -> tuple[FieldArray, FieldArray, FieldArray, npt.NDArray[np.bool_]]:
        """The whole-field vectors of ``ids`` as three ``(len(ids), dim)`` arrays of
        ``dtype`` (offers, needs, values; row ``i`` is ``ids[i]``), and which rows have all
        three (the others are zeros).

        Streamed from the store into the arrays: no per-profile objects, no phrases, and in
        float16 the community is never held in float32 (what a million profiles' search
        state is built from).

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.schema import connect
        >>> ps = ProfileService(connect(), FakeEncoder(dim=8))
        >>> _ = ps.import_profiles([{"id": "ana", "name": "Ana", "offers": "code", "needs": "sales"}])
        >>> offers, needs, values, have = ps.field_arrays(["ana", "bob"], dtype=np.float16)
        >>> offers.shape, offers.dtype, have.tolist()
        ((2, 8), dtype('float16'), [True, False])
        >>> bool((offers[0] == ps.load_vectors(["ana"])["ana"].offers.astype(np.float16)).all())
        True
        """
        n, dim = len(ids), self.encoder.dim
        row_of = {pid: i for i, pid in enumerate(ids)}
        column = {f: j for j, f in enumerate(FIELDS)}
        arrays = tuple(np.zeros((n, dim), dtype=dtype) for _ in FIELDS)
        seen = np.zeros(n, dtype=np.int8)
        for pid, f, blob in self.store.field_vectors(self.encoder.name):
            row, j = row_of.get(pid), column.get(f)
            if row is None or j is None:
                continue
            arrays[j][row] = np.frombuffer(blob, dtype=np.float32)
            seen[row] += 1
        offers, needs, values = arrays
        return offers, needs, values, seen == len(FIELDS)

    def load_phrases(self, ids: Sequence[str]) -> dict[str, ProfileVectors]:
        """The phrases of the offers and needs of ``ids``, with their vectors, by id (those
        with both fields encoded): what explains a suggestion card, in one read. The whole
        fields are left empty (zero-length): a card never reads them, and this read skips
        the values rows.

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.schema import connect
        >>> ps = example_service(connect(), FakeEncoder(dim=8))
        >>> v = ps.load_phrases(["ana", "bob"])["ana"]
        >>> v.offer_phrases, v.offer_phrase_vectors.shape, v.need_phrases, v.offers.shape
        (('code.', 'design'), (2, 8), ('sales',), (0,))
        """
        got: dict[str, dict[str, tuple[tuple[str, ...], npt.NDArray[np.float32]]]] = {}
        for pid, f, phrases, vectors in self.store.phrase_vectors(
            self.encoder.name, ids, ("offers", "needs")
        ):
            got.setdefault(pid, {})[f] = (phrases, vectors)
        empty = np.zeros(0, dtype=np.float32)
        return {
            pid: ProfileVectors(
                offers=empty,
                needs=empty,
                values=empty,
                offer_phrases=fields["offers"][0],
                offer_phrase_vectors=fields["offers"][1],
                need_phrases=fields["needs"][0],
                need_phrase_vectors=fields["needs"][1],
            )
            for pid, fields in got.items()
            if len(fields) == 2
        }

    def load_vectors(
        self,
        ids: Sequence[str] | None = None,
        *,
        phrases: bool = True,
        half: bool = False,
    ) -> dict[str, ProfileVectors]:
        """The stored vectors of ``ids`` (or of everyone), profiles with all fields only.

        Without ``phrases`` only the whole fields are kept (what the candidate table and
        the index are built from; a million profiles' phrase vectors are not held in
        memory), and with ``half`` those in float16: the rows are read one profile at a
        time, so the whole community is never held in float32.

        Examples
        --------
        >>> from embeddings.encoder import FakeEncoder
        >>> from matcher.schema import connect
        >>> ps = example_service(connect(), FakeEncoder(dim=8))
        >>> v = ps.load_vectors(["ana"])["ana"]
        >>> v.offers.dtype, v.offer_phrases
        (dtype('float32'), ('code.', 'design'))
        >>> w = ps.load_vectors(phrases=False, half=True)["ana"]
        >>> w.offers.dtype, w.offer_phrases, w.offer_phrase_vectors.shape
        (dtype('float16'), (), (0, 1))
        """
        out: dict[str, ProfileVectors] = {}
        pid: str | None = None
        fields: dict[str, Any] = {}

        def done() -> None:
            if pid is None or set(fields) != set(FIELDS):
                return
            if not phrases:
                cast = np.float16 if half else np.float32
                out[pid] = ProfileVectors(  # a copy: the row's bytes are not kept
                    offers=fields["offers"].vector.astype(cast),
                    needs=fields["needs"].vector.astype(cast),
                    values=fields["values"].vector.astype(cast),
                )
                return
            out[pid] = ProfileVectors(
                offers=fields["offers"].vector,
                needs=fields["needs"].vector,
                values=fields["values"].vector,
                offer_phrases=fields["offers"].phrases,
                offer_phrase_vectors=fields["offers"].phrase_vectors,
                need_phrases=fields["needs"].phrases,
                need_phrase_vectors=fields["needs"].phrase_vectors,
            )

        for v in self.store.vectors(self.encoder.name, ids):  # in profile id order
            if v.profile_id != pid:
                done()
                pid, fields = v.profile_id, {}
            fields[v.field] = v
        done()
        return out


def example_service(db: Database, encoder: Encoder) -> ProfileService:
    """A profile service over ``db`` (a fresh database) holding one imported profile,
    ``ana``, who offers "code. design" and needs "sales": what the examples of the vector
    reads start from. Not part of the domain's face.

    Examples
    --------
    >>> from embeddings.encoder import FakeEncoder
    >>> from matcher.schema import connect
    >>> ps = example_service(connect(), FakeEncoder(dim=8))
    >>> ps.store.get_profile("ana").name
    'Ana'
    """
    ps = ProfileService(db, encoder)
    ps.import_profiles([{"id": "ana", "name": "Ana", "offers": "code. design", "needs": "sales"}])
    return ps
