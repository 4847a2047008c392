"""A FAISS inner-product index keyed by string ids, that survives removals and refuses foreign vectors.

:class:`VectorIndex` follows the scikit-learn estimator shape: ``__init__``
only stores settings, :meth:`VectorIndex.fit` learns and returns ``self``, and
learned state ends with ``_``. It knows nothing of profiles: it stores vectors
under string ids and answers "which stored vectors have the largest inner
product with this query".

Removal uses tombstones: FAISS graph indexes (HNSW) cannot delete, so a
removed id is hidden from results at once and the index is compacted (rebuilt
from its own stored vectors) once tombstones pass a fraction of its size.

Three kinds, chosen by size with ``kind="auto"`` (measured in docs/deployment.md):
``flat`` (exact) under ``exact_below`` vectors, ``hnsw`` (a graph over float32
vectors) up to ``ivf_from``, and ``ivf`` from there: an inverted file of
``nlist`` k-means cells (4 x sqrt(n) by default, trained on a sample) whose
vectors are stored as 8-bit scalar-quantised residuals (a quarter of float32),
``nprobe`` cells scanned per query. Above ``ivf_dim`` dimensions the inverted file
holds the vectors projected on their ``ivf_dim`` principal directions (uncentred,
so inner products are kept up to the energy left out, about 6 % for the product's
keys at 256): the scan costs a sixth, and its order is approximate, so the caller
re-ranks a pool of its hits from the full vectors (the suggestions do, from the
candidate table). HNSW's build over 1555-d keys takes hours at a million on 2
cores; the projected inverted file builds in minutes and holds 0.3 GiB at a million.
A graph can hold its vectors projected the same way (``hnsw_dim``, off by default): an
eighth of the memory at 256 of 2707 dimensions, its hits re-ranked by the caller in the
same way.
"""

from __future__ import annotations

import ctypes
import functools
import io
import json
import logging
import math
import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

__all__ = ["IndexMismatch", "VectorIndex", "huge_pages"]

logger = logging.getLogger(__name__)

Kind = Literal["auto", "flat", "hnsw", "ivf"]
Metric = Literal["ip", "l2"]
_FORMAT = 1
#: size from which ``auto`` builds an inverted file (HNSW's build grows too slow above)
IVF_FROM = 200_000
#: cells an inverted file scans per query: recall@10 >= 0.95 at a million (docs/deployment.md)
NPROBE = 512
#: k-means training points per cell of an inverted file (a sample, not every vector)
TRAIN_PER_CELL = 16
#: dimensions an inverted file keeps (principal directions); 0: every dimension
IVF_DIM = 256
#: dimensions a graph (HNSW) keeps (principal directions); 0: every dimension
HNSW_DIM = 0
#: how a full graph (HNSW over every dimension) is searched: "l2" appends one column
#: sqrt(M^2 - |k|^2) to each key and 0 to the query and searches by L2 distance (the MIPS-to-L2
#: reduction, Bachrach et al. 2014: the same order as the inner product, over keys of one
#: norm); "ip" searches the inner product directly, where keys of unequal norms leave some
#: queries' best out of reach (docs/deployment.md)
HNSW_METRIC: Metric = "ip"
#: the reduction's M: this times the largest key norm at fit time (room for added keys)
NORM_ROOM = 1.1
#: sample rows from which the principal directions are computed
PROJECTION_SAMPLE = 20_000
#: rows of vectors made at a time by :meth:`VectorIndex.fit_rows`
FIT_CHUNK = 65_536


#: the size of a transparent huge page (x86-64 and most arm64 kernels)
HUGE_PAGE = 2 << 20
#: madvise(2) advice: back a range with transparent huge pages; collapse what it holds into
#: them now (Linux 6.1 and later)
_MADV_HUGEPAGE = 14
_MADV_COLLAPSE = 25


@functools.cache
def _madvise() -> Callable[[int, int, int], int] | None:
    """libc's ``madvise`` (None off Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    fn = ctypes.CDLL(None, use_errno=True).madvise
    fn.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    fn.restype = ctypes.c_int
    return fn


def huge_pages(arr: np.ndarray, *, collapse: bool = True) -> bool:
    """Ask Linux to back the whole 2 MB pages of ``arr``'s memory with transparent huge
    pages, and with ``collapse`` to move what it holds onto them now (else the kernel's
    background thread does, over minutes). True if the kernel took the advice.

    A graph search reads a few thousand keys of a large store at random (at 100,000 people
    about 5,000 keys of 10.8 kB in 1 GB): on 4 kB pages nearly every key costs a TLB miss,
    and the search 13 % more time (3.52 against 3.07 ms p50, measured 7 December). NumPy
    asks the same for its own large arrays; FAISS allocates its storage with ``malloc``.
    The contents are untouched: every search gives the same bits. Best effort: off Linux,
    with huge pages switched off (``never``), or for under 2 MB, nothing is done.

    Examples
    --------
    >>> import numpy as np
    >>> huge_pages(np.zeros(10, np.float32))  # no whole 2 MB page in it
    False
    """
    madvise = _madvise()
    if madvise is None:
        return False
    start = arr.ctypes.data
    lo = -(-start // HUGE_PAGE) * HUGE_PAGE
    hi = (start + arr.nbytes) // HUGE_PAGE * HUGE_PAGE
    if hi <= lo or madvise(lo, hi - lo, _MADV_HUGEPAGE) != 0:
        return False
    return not collapse or madvise(lo, hi - lo, _MADV_COLLAPSE) == 0


class IndexMismatch(ValueError):
    """Stored vectors come from another model or dimension than the caller expects."""


def _pad(dim: int) -> int:
    """Zero columns an inverted file adds to vectors of ``dim`` (inner products unchanged)."""
    return (-dim) % 8


def _widen(arr: np.ndarray) -> np.ndarray:
    pad = _pad(arr.shape[1])
    return np.ascontiguousarray(np.pad(arr, ((0, 0), (0, pad)))) if pad else arr


def _faiss() -> Any:
    import faiss

    return faiss


class VectorIndex:
    """Inner-product nearest neighbours over vectors keyed by string ids.

    Parameters
    ----------
    kind : {"auto", "flat", "hnsw", "ivf"}
        ``flat`` scans every vector exactly; ``hnsw`` is an approximate graph
        index (sub-millisecond at 100k vectors); ``ivf`` an inverted file of
        8-bit quantised vectors (IVF-SQ8, for a million); ``auto`` picks ``flat``
        below ``exact_below`` vectors, ``hnsw`` below ``ivf_from``, ``ivf`` above.
    exact_below : int
        Size under which ``auto`` stays exact.
    ivf_from : int
        Size from which ``auto`` builds an inverted file.
    nlist : int or None
        Cells of the inverted file; None: ``4 * sqrt(n)`` at :meth:`fit` time.
    nprobe : int
        Cells scanned per query (higher: better recall, slower; see docs/deployment.md).
    ivf_dim : int
        Dimensions an inverted file keeps: vectors longer than this are projected on
        their ``ivf_dim`` principal directions (uncentred) before the cells, and the
        hits come in an approximate order that the caller re-ranks from the full
        vectors; 0 keeps every dimension. A multiple of 8 scans fastest.
    hnsw_m : int
        Graph degree of HNSW.
    ef_construction, ef_search : int
        HNSW breadth when building and when searching (higher: better recall, slower).
    hnsw_metric : {"ip", "l2"}
        How a graph over every dimension is searched (see :data:`HNSW_METRIC`); a graph
        over principal directions (``hnsw_dim``) always searches the inner product.
    compact_above : float
        Fraction of tombstones that triggers a rebuild.

    Attributes
    ----------
    ids_ : list of str
        Id at each internal position (including removed ones until compaction).
    alive_ : ndarray of bool
        False at removed positions.
    model_ : str
        Name of the model the vectors come from.
    dim_ : int
        Vector length.

    Examples
    --------
    >>> import numpy as np
    >>> vecs = np.eye(3, dtype=np.float32)
    >>> index = VectorIndex(kind="flat").fit(vecs, ["ann", "bob", "cyd"], model="toy")
    >>> index.search(np.array([[0.0, 1.0, 0.2]], dtype=np.float32), k=2)[0]
    [('bob', 1.0), ('cyd', 0.2)]
    >>> index.remove(["bob"]).search(np.array([[0.0, 1.0, 0.2]], dtype=np.float32), k=2)[0]
    [('cyd', 0.2), ('ann', 0.0)]
    >>> len(index), "bob" in index
    (2, False)
    """

    #: moves on every change of the vectors held (fit, add, remove): what a cache of
    #: :meth:`position_map` is keyed on
    generation_: int = 0

    def __init__(
        self,
        kind: Kind = "auto",
        *,
        exact_below: int = 10_000,
        ivf_from: int = IVF_FROM,
        nlist: int | None = None,
        nprobe: int = NPROBE,
        ivf_dim: int = IVF_DIM,
        hnsw_dim: int = HNSW_DIM,
        hnsw_m: int = 32,
        ef_construction: int = 200,
        ef_search: int = 256,
        hnsw_metric: Metric = HNSW_METRIC,
        compact_above: float = 0.2,
    ) -> None:
        self.kind = kind
        self.exact_below = exact_below
        self.ivf_from = ivf_from
        self.nlist = nlist
        self.nprobe = nprobe
        if ivf_dim < 0:
            raise ValueError(f"VectorIndex: ivf_dim must be >= 0 (0: no projection), got {ivf_dim}")
        self.ivf_dim = ivf_dim
        if hnsw_dim < 0:
            raise ValueError(
                f"VectorIndex: hnsw_dim must be >= 0 (0: no projection), got {hnsw_dim}"
            )
        self.hnsw_dim = hnsw_dim
        self.hnsw_m = hnsw_m
        self.ef_construction = ef_construction
        self.ef_search = ef_search
        if hnsw_metric not in ("ip", "l2"):
            raise ValueError(f"VectorIndex: hnsw_metric must be 'ip' or 'l2', got {hnsw_metric!r}")
        self.hnsw_metric = hnsw_metric
        self.compact_above = compact_above

    # ------------------------------------------------------------------ build
    def _new_faiss(self, dim: int, n: int) -> tuple[Any, str]:
        faiss = _faiss()
        kind = self.kind
        if kind == "auto":
            kind = "flat" if n < self.exact_below else "hnsw" if n < self.ivf_from else "ivf"
        if kind == "flat":
            return faiss.IndexFlatIP(dim), kind
        if kind == "hnsw":
            # projected only when there are vectors to learn the directions from
            project = 0 < self.hnsw_dim < dim and n > 0
            inner = self.hnsw_dim if project else dim
            if not project and self.hnsw_metric == "l2":  # one more column: see HNSW_METRIC
                index = faiss.IndexHNSWFlat(dim + 1, self.hnsw_m, faiss.METRIC_L2)
            else:
                index = faiss.IndexHNSWFlat(inner, self.hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = self.ef_construction
            index.hnsw.efSearch = self.ef_search
            if not project:
                return index, kind
            return faiss.IndexPreTransform(faiss.LinearTransform(dim, inner, False), index), kind
        if kind == "ivf":
            nlist = self.nlist or max(1, min(n, round(4 * math.sqrt(n))))
            project = 0 < self.ivf_dim < dim
            # FAISS's SIMD 8-bit scan wants a multiple of 8 (9x faster)
            inner_dim = self.ivf_dim if project else dim + _pad(dim)
            ivf = faiss.index_factory(inner_dim, f"IVF{nlist},SQ8", faiss.METRIC_INNER_PRODUCT)
            ivf.nprobe = self.nprobe
            # removal is real in an inverted file; a hash table maps ids to entries
            ivf.set_direct_map_type(faiss.DirectMap.Hashtable)
            if not project:
                return ivf, kind
            # the projection's rows are learned in _train; no bias: inner products are kept
            transform = faiss.LinearTransform(dim, inner_dim, False)
            return faiss.IndexPreTransform(transform, ivf), kind
        raise ValueError(f"VectorIndex: kind must be auto, flat, hnsw or ivf, got {kind!r}")

    def _ivf(self) -> Any:
        """The inverted file itself (inside the projection, if there is one)."""
        return _faiss().extract_index_ivf(self.index_)

    def _inner(self) -> Any:
        """The FAISS index inside the projection, if there is one (else the index)."""
        return _faiss().downcast_index(self.index_.index) if self.projected else self.index_

    @property
    def projected(self) -> bool:
        """Whether this index holds its vectors projected on principal directions
        (``ivf_dim`` for an inverted file, ``hnsw_dim`` for a graph): its hits come in an
        approximate order, for the caller to re-rank from the full vectors."""
        return hasattr(self, "index_") and self.index_.__class__.__name__ == "IndexPreTransform"

    @property
    def kept_dim(self) -> int:
        """Dimensions the FAISS index searches: ``dim_``, or the principal directions kept."""
        self._fitted()
        return int(self._inner().d) if self.projected else self.dim_

    def _train(self, arr: np.ndarray) -> None:
        """Train an inverted file's projection, cells and quantiser on a sample of ``arr`` (seeded)."""
        ivf = self._ivf()
        pick = self._training_rows(len(arr))
        if pick is not None:
            arr = arr[pick]
        self._learn_projection(arr)
        ivf.cp.niter = 10
        self.index_.train(self._wide(arr))

    def _learn_projection(self, arr: np.ndarray) -> None:
        """Set the projection's rows (if there is one) to the principal directions of
        ``arr``'s first ``PROJECTION_SAMPLE`` rows, uncentred: a centred PCA (FAISS's own)
        would rank by (q - m).(x - m), not by q.x."""
        if not self.projected:
            return
        faiss = _faiss()
        sample = arr[: min(len(arr), PROJECTION_SAMPLE)].astype(np.float64)
        _, vecs = np.linalg.eigh(sample.T @ sample)
        rows = np.ascontiguousarray(vecs[:, ::-1][:, : self._inner().d].T, dtype=np.float32)
        transform = faiss.downcast_VectorTransform(self.index_.chain.at(0))
        faiss.copy_array_to_vector(rows.ravel(), transform.A)
        transform.is_trained = True
        transform.set_is_orthonormal()  # reconstruct() maps back with A^T

    def _training_rows(self, n: int) -> npt.NDArray[np.int64] | None:
        """The rows of ``n`` an inverted file is trained on: a seeded sample of
        ``TRAIN_PER_CELL`` per cell, in order; None when that is all ``n`` of them."""
        want = TRAIN_PER_CELL * self._ivf().nlist
        if n <= want:
            return None
        return np.sort(np.random.default_rng(0).choice(n, want, replace=False))

    def _wide(self, arr: np.ndarray) -> np.ndarray:
        """``arr`` as the FAISS index takes it: padded to a multiple of 8 for an
        unprojected inverted file, as is otherwise."""
        return _widen(arr) if self.kind_ == "ivf" and not self.projected else arr

    @property
    def reduced(self) -> bool:
        """Whether this graph searches by L2 over keys lifted to one norm (``hnsw_metric="l2"``)."""
        return bool(getattr(self, "norm_cap_", 0.0))

    def _lift(self, arr: np.ndarray) -> np.ndarray:
        """Keys with the column ``sqrt(M^2 - |k|^2)`` (:meth:`add` rebuilds the graph under
        a new ``M`` when a key is longer)."""
        extra = np.sqrt(np.maximum(self.norm_cap_**2 - np.einsum("ij,ij->i", arr, arr), 0.0))
        return np.ascontiguousarray(np.hstack([arr, extra[:, None].astype(np.float32)]))

    def _add(self, arr: np.ndarray, start: int) -> None:
        if self.kind_ == "ivf":  # ids of their own: positions survive a removal
            ids = np.arange(start, start + len(arr), dtype=np.int64)
            self.index_.add_with_ids(self._wide(arr), ids)
        elif self.reduced:
            self.index_.add(self._lift(arr))
        else:
            self.index_.add(arr)

    @staticmethod
    def _check(vectors: npt.ArrayLike, ids: Sequence[str], dim: int | None) -> np.ndarray:
        arr = np.ascontiguousarray(vectors, dtype=np.float32)
        if arr.ndim != 2:
            raise ValueError(f"vectors must be a 2-d array, got shape {arr.shape}")
        if len(ids) != arr.shape[0]:
            raise ValueError(f"got {arr.shape[0]} vectors but {len(ids)} ids; give one id per row")
        if dim is not None and arr.shape[1] != dim:
            raise IndexMismatch(f"vectors have dimension {arr.shape[1]}, this index holds {dim}")
        if len(set(ids)) != len(ids):
            seen: set[str] = set()
            dup = next(i for i in ids if i in seen or seen.add(i))  # type: ignore[func-returns-value]
            raise ValueError(f"id {dup!r} appears twice; give each vector a unique id")
        if not np.isfinite(arr).all():
            raise ValueError("vectors contain NaN or infinity")
        return arr

    def fit(self, vectors: npt.ArrayLike, ids: Sequence[str], *, model: str = "") -> VectorIndex:
        """Index ``vectors`` (one row per id), replacing anything held before.

        Parameters
        ----------
        vectors : array of shape (n, dim)
        ids : sequence of str, unique
        model : str
            Name of the model that made the vectors; :meth:`load` checks it.

        Returns
        -------
        VectorIndex
            ``self``.
        """
        arr = self._check(vectors, ids, None)
        self.model_ = model
        self.dim_ = int(arr.shape[1])
        self.index_, self.kind_ = self._new_faiss(self.dim_, arr.shape[0])
        self.norm_cap_ = 0.0
        if self.kind_ == "hnsw" and self.index_.metric_type == _faiss().METRIC_L2:
            largest = float(np.sqrt(np.einsum("ij,ij->i", arr, arr).max())) if len(arr) else 0.0
            self.norm_cap_ = NORM_ROOM * largest or 1.0
        if self.kind_ == "ivf":
            if not arr.shape[0]:
                raise ValueError("an ivf index needs vectors to train on; give at least one")
            self._train(arr)
        elif self.projected:  # a graph over principal directions: the directions first
            pick = np.sort(
                np.random.default_rng(0).choice(
                    len(arr), min(len(arr), PROJECTION_SAMPLE), replace=False
                )
            )
            self._learn_projection(arr[pick])
            self.index_.is_trained = True  # the graph itself learns nothing
        if arr.shape[0]:
            self._add(arr, 0)
        self.ids_: list[str] = list(ids)
        self.alive_ = np.ones(len(self.ids_), dtype=bool)
        self.positions_: dict[str, int] = {i: p for p, i in enumerate(self.ids_)}
        self.generation_ += 1
        self._huge_pages()
        return self

    def fit_rows(
        self,
        vectors_of: Callable[[npt.NDArray[np.intp]], npt.ArrayLike],
        ids: Sequence[str],
        *,
        model: str = "",
        chunk: int = FIT_CHUNK,
    ) -> VectorIndex:
        """:meth:`fit`, with the vectors made ``chunk`` rows at a time by ``vectors_of(rows)``.

        The same index as ``fit(vectors_of(np.arange(len(ids))), ids)`` (the inverted file
        is trained on the same seeded sample), without all the vectors in memory at once: at
        a million profiles the keys alone take 6 GB in float32. A graph (``hnsw``) is built
        from all the vectors at once, as :meth:`fit` does.

        Examples
        --------
        >>> import numpy as np
        >>> x = np.random.default_rng(0).standard_normal((300, 16)).astype(np.float32)
        >>> ids = [f"p{i}" for i in range(300)]
        >>> a = VectorIndex("ivf", nlist=4, nprobe=2).fit(x, ids)
        >>> b = VectorIndex("ivf", nlist=4, nprobe=2).fit_rows(lambda rows: x[rows], ids, chunk=64)
        >>> a.search(x[:3], k=3) == b.search(x[:3], k=3)
        True
        """
        if chunk < 1:
            raise ValueError(f"VectorIndex.fit_rows: chunk must be >= 1, got {chunk}")
        n = len(ids)
        if n <= chunk:
            return self.fit(vectors_of(np.arange(n, dtype=np.intp)), ids, model=model)
        first = self._check(vectors_of(np.arange(chunk, dtype=np.intp)), ids[:chunk], None)
        if len(set(ids)) != n:
            self._check(np.zeros((n, 1), dtype=np.float32), ids, None)  # names the duplicate
        dim = int(first.shape[1])
        index, kind = self._new_faiss(dim, n)
        if kind not in ("ivf", "flat"):
            return self.fit(vectors_of(np.arange(n, dtype=np.intp)), ids, model=model)
        self.model_, self.dim_, self.index_, self.kind_ = model, dim, index, kind
        self.norm_cap_ = 0.0
        if kind == "ivf":
            pick = self._training_rows(n)  # the sample _train would draw from all the vectors
            rows = np.arange(n, dtype=np.intp) if pick is None else pick
            self._train(self._check(vectors_of(rows), [ids[int(r)] for r in rows], dim))
        self._add(first, 0)
        del first
        for start in range(chunk, n, chunk):
            stop = min(n, start + chunk)
            rows = np.arange(start, stop, dtype=np.intp)
            self._add(self._check(vectors_of(rows), ids[start:stop], dim), start)
        self.ids_ = list(ids)
        self.alive_ = np.ones(n, dtype=bool)
        self.positions_ = {i: p for p, i in enumerate(self.ids_)}
        self.generation_ += 1
        self._huge_pages()
        return self

    def _fitted(self) -> None:
        if not hasattr(self, "index_"):
            raise RuntimeError("this VectorIndex is not fitted yet; call fit(vectors, ids) first")

    def add(self, vectors: npt.ArrayLike, ids: Sequence[str]) -> VectorIndex:
        """Add vectors; an id already present is replaced by its new vector."""
        self._fitted()
        arr = self._check(vectors, ids, self.dim_)
        self.remove([i for i in ids if i in self.positions_], compact=False)
        start = len(self.ids_)
        self._add(arr, start)
        self.ids_.extend(ids)
        self.alive_ = np.concatenate([self.alive_, np.ones(len(ids), dtype=bool)])
        for offset, i in enumerate(ids):
            self.positions_[i] = start + offset
        self.generation_ += 1
        # FAISS may have moved the buffers to grow them: advised again, collapsed in the
        # background (a catch-up of a few profiles runs in a request)
        self._huge_pages(collapse=False)
        if self.reduced and len(arr) and np.einsum("ij,ij->i", arr, arr).max() > self.norm_cap_**2:
            self.compact()  # a key longer than M: lifted again under a new M
        return self

    def remove(self, ids: Sequence[str], *, compact: bool = True) -> VectorIndex:
        """Hide ``ids`` from every later search; unknown ids are ignored.

        The removed vectors are also scrubbed: overwritten with zeros in the FAISS
        storage, and their ids blanked, so a saved file no longer holds them even
        before compaction (erasure must not leave a person's vectors on disk).

        Examples
        --------
        >>> import numpy as np
        >>> index = VectorIndex(kind="hnsw").fit(np.eye(3, dtype=np.float32), ["a", "b", "c"])
        >>> index = index.remove(["b"], compact=False)
        >>> index.ids_, float(np.abs(index.vectors_at([1])).sum())
        (['a', '', 'c'], 0.0)
        """
        self._fitted()
        gone: list[int] = []
        for i in ids:
            pos = self.positions_.pop(i, None)
            if pos is not None:
                self.alive_[pos] = False
                gone.append(pos)
        if gone:
            self._scrub(gone)
            self.generation_ += 1
        dead = len(self.ids_) - len(self.positions_)
        if compact and dead and dead > self.compact_above * len(self.ids_):
            self.compact()
        return self

    def _scrub(self, positions: Sequence[int]) -> None:
        """Zero the stored vectors at ``positions`` and blank their ids (a tombstone keeps its slot).

        FAISS has no call to overwrite one stored vector of a flat or HNSW index; the
        flat storage's buffer is written through a numpy view of it
        (``faiss.rev_swig_ptr``). The HNSW links of the slot stay (they hold no data).
        An inverted file removes the entries themselves.
        """
        faiss = _faiss()
        if self.kind_ == "ivf":
            self.index_.remove_ids(faiss.IDSelectorArray(np.asarray(positions, dtype=np.int64)))
            for pos in positions:
                self.ids_[pos] = ""
            return
        rows = self._stored()
        for pos in positions:
            rows[pos] = 0.0
            self.ids_[pos] = ""

    def _stored(self) -> np.ndarray:
        """The vectors a flat or graph index holds, as a writable NumPy view of FAISS's
        buffer (``faiss.rev_swig_ptr``; a projected graph holds the projected vectors)."""
        faiss = _faiss()
        inner = self._inner()
        storage = inner.storage if self.kind_ == "hnsw" else inner
        flat = faiss.downcast_index(storage)
        data = faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d)
        return np.asarray(data).reshape(flat.ntotal, flat.d)

    def _huge_pages(self, *, collapse: bool = True) -> bool:
        """:func:`huge_pages` for the stored vectors and graph links of a flat or graph
        index (an inverted file's lists are many small buffers: left as they are); called
        whenever FAISS may have moved them (fit, load, add). True if any was advised."""
        if self.kind_ == "ivf" or not len(self.ids_):
            return False
        held = [self._stored()]
        if self.kind_ == "hnsw":
            links = self._inner().hnsw.neighbors
            held.append(_faiss().rev_swig_ptr(links.data(), links.size()))
        return any([huge_pages(np.asarray(a), collapse=collapse) for a in held])

    def compact(self) -> VectorIndex:
        """Rebuild without removed vectors.

        An inverted file is rebuilt from its decoded (8-bit) vectors: close to the
        originals, not equal (over ``ivf_dim`` directions, the decoded vectors are their
        projections mapped back); the service's full rebuild starts from the database.
        """
        self._fitted()
        keep = np.flatnonzero(self.alive_)
        vectors = self.vectors_at(keep)
        return self.fit(vectors, [self.ids_[p] for p in keep], model=self.model_)

    def vectors_at(self, positions: npt.ArrayLike) -> np.ndarray:
        """Stored vectors at internal ``positions`` (shape ``(len(positions), dim)``)."""
        self._fitted()
        pos = np.asarray(positions, dtype=np.int64)
        out = np.empty((len(pos), self.dim_), dtype=np.float32)
        for row, p in enumerate(pos):
            out[row] = self.index_.reconstruct(int(p))[: self.dim_]
        return out

    def vector(self, id_: str) -> np.ndarray:
        """The stored vector of ``id_`` (KeyError if absent)."""
        self._fitted()
        row: np.ndarray = self.vectors_at([self.positions_[id_]])[0]
        return row

    # ----------------------------------------------------------------- search
    def search(
        self, queries: npt.ArrayLike, k: int = 10, *, exclude: Sequence[str] = ()
    ) -> list[list[tuple[str, float]]]:
        """The ``k`` ids with the largest inner product for each query row.

        Parameters
        ----------
        queries : array of shape (m, dim) or (dim,)
        k : int
            Results per query (fewer if the index holds fewer).
        exclude : sequence of str
            Ids never returned (e.g. the person asking).

        Returns
        -------
        list of list of (id, score)
            One list per query, best first.
        """
        found = self._search(queries, k, exclude)
        ids = self.ids_
        return [
            [(ids[p], round(s, 6)) for p, s in zip(labels.tolist(), scores.tolist(), strict=True)]
            for labels, scores in found
        ]

    def search_positions(
        self,
        query: npt.ArrayLike,
        k: int = 10,
        *,
        exclude: Sequence[str] = (),
        ef_search: int | None = None,
    ) -> npt.NDArray[np.int64]:
        """The hits of :meth:`search` for one query as internal positions, without scores.

        For a caller that re-scores the hits itself (the suggestions' exact re-rank): it
        maps positions with :meth:`position_map`, where building several hundred
        ``(id, rounded score)`` pairs would cost more than the rest of the bookkeeping.

        Examples
        --------
        >>> import numpy as np
        >>> index = VectorIndex(kind="flat").fit(np.eye(3, dtype=np.float32), ["a", "b", "c"])
        >>> hits = index.search_positions(np.array([0.1, 0.9, 0.5], np.float32), k=2, exclude=["b"])
        >>> [index.ids_[p] for p in hits]
        ['c', 'a']

        ``ef_search``: a graph's breadth for this search only (default: ``self.ef_search``);
        :meth:`search_scored` gives the scores too.
        """
        return self._search(query, k, exclude, ef_search)[0][0]

    def search_scored(
        self,
        query: npt.ArrayLike,
        k: int = 10,
        *,
        exclude: Sequence[str] = (),
        ef_search: int | None = None,
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        """:meth:`search_positions` with each hit's score (best first).

        Examples
        --------
        >>> import numpy as np
        >>> index = VectorIndex(kind="flat").fit(np.eye(3, dtype=np.float32), ["a", "b", "c"])
        >>> hits, scores = index.search_scored(np.array([0.1, 0.9, 0.5], np.float32), k=2)
        >>> hits.tolist(), [round(float(x), 2) for x in scores]
        ([1, 2], [0.9, 0.5])
        """
        return self._search(query, k, exclude, ef_search)[0]

    def position_map(self, rows: Mapping[str, int]) -> npt.NDArray[np.intp]:
        """``rows[id]`` for the id at each internal position (-1: dead, or not in ``rows``).

        Valid until the index changes (see ``generation_``, which every change moves).

        Examples
        --------
        >>> import numpy as np
        >>> index = VectorIndex(kind="flat").fit(np.eye(3, dtype=np.float32), ["a", "b", "c"])
        >>> index.remove(["a"], compact=False).position_map({"a": 5, "c": 7}).tolist()
        [-1, -1, 7]
        """
        out = np.full(len(self.ids_), -1, dtype=np.intp)
        for id_, pos in self.positions_.items():
            row = rows.get(id_)
            if row is not None:
                out[pos] = row
        return out

    def _search(
        self,
        queries: npt.ArrayLike,
        k: int,
        exclude: Sequence[str],
        ef_search: int | None = None,
    ) -> list[tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]]:
        """Per query, the positions and scores of the best ``k`` live, non-excluded vectors
        (a graph searched ``ef_search`` wide, default ``self.ef_search``)."""
        self._fitted()
        if k < 1:
            raise ValueError(f"k must be >= 1, got {k}")
        q = np.ascontiguousarray(queries, dtype=np.float32)
        if q.ndim == 1:
            q = q[None, :]
        if q.shape[1] != self.dim_:
            raise IndexMismatch(f"query has dimension {q.shape[1]}, this index holds {self.dim_}")
        excluded = {self.positions_[i] for i in exclude if i in self.positions_}
        total = len(self.ids_)
        if total == 0:
            return [(np.zeros(0, np.int64), np.zeros(0, np.float32)) for _ in range(q.shape[0])]
        # Over-fetch by the expected share of tombstones, not by their count (which grows
        # with every edit), and widen only when a row still comes back short.
        dead = total - len(self.positions_)
        fetch = min(total, k + len(excluded) + math.ceil(k * dead / max(1, total - dead)))
        while True:
            if self.kind_ == "hnsw":
                self._inner().hnsw.efSearch = max(ef_search or self.ef_search, fetch)
            elif self.kind_ == "ivf":
                self._ivf().nprobe = self.nprobe
            if self.reduced:  # squared distances back to inner products
                dist, labels = self.index_.search(
                    np.hstack([q, np.zeros((len(q), 1), q.dtype)]), fetch
                )
                sq = np.einsum("ij,ij->i", q, q)[:, None]
                scores = ((sq + self.norm_cap_**2 - dist) / 2).astype(np.float32)
            else:
                scores, labels = self.index_.search(self._wide(q), fetch)
            out = []
            for srow, lrow in zip(scores, labels, strict=True):
                # numpy masks, not a Python test per label: this runs on every suggestion
                keep = lrow >= 0
                keep[keep] = self.alive_[lrow[keep]]
                for p in excluded:
                    keep &= lrow != p
                out.append((lrow[keep][:k], srow[keep][:k]))
            if fetch >= total or all(len(labels) == k for labels, _ in out):
                return out
            fetch = min(total, 2 * fetch)

    def __len__(self) -> int:
        return len(self.positions_) if hasattr(self, "positions_") else 0

    def __contains__(self, id_: object) -> bool:
        return hasattr(self, "positions_") and id_ in self.positions_

    # ---------------------------------------------------------------- storage
    def save(self, path: str | Path) -> Path:
        """Write the index to one file, atomically (a crash leaves the old file or the new one)."""
        self._fitted()
        faiss = _faiss()
        path = Path(path)
        meta = {
            "format": _FORMAT,
            "model": self.model_,
            "dim": self.dim_,
            "kind": self.kind_,
            "ids": self.ids_,
            "alive": self.alive_.tolist(),
            "settings": {
                "ivf_from": self.ivf_from,
                "nlist": self.nlist,
                "nprobe": self.nprobe,
                "ivf_dim": self.ivf_dim,
                "hnsw_dim": self.hnsw_dim,
                "hnsw_m": self.hnsw_m,
                "ef_construction": self.ef_construction,
                "ef_search": self.ef_search,
                "hnsw_metric": self.hnsw_metric,
            },
            "norm_cap": self.norm_cap_,
        }
        buf = io.BytesIO()
        np.savez(
            buf,
            meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8),
            index=faiss.serialize_index(self.index_),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(buf.getvalue())
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    @classmethod
    def load(
        cls, path: str | Path, *, model: str | None = None, dim: int | None = None
    ) -> VectorIndex:
        """Read an index written by :meth:`save`.

        Raises
        ------
        IndexMismatch
            If ``model`` or ``dim`` is given and differs from what the file holds.
        FileNotFoundError
            If there is no file at ``path``.
        """
        faiss = _faiss()
        with np.load(Path(path), allow_pickle=False) as data:
            meta = json.loads(data["meta"].tobytes().decode())
            raw = data["index"]
        if meta.get("format") != _FORMAT:
            raise IndexMismatch(f"{path}: index format {meta.get('format')}, expected {_FORMAT}")
        if model is not None and meta["model"] != model:
            raise IndexMismatch(
                f"{path}: index holds vectors of model {meta['model']!r}, not {model!r};"
                " rebuild it from the database"
            )
        if dim is not None and meta["dim"] != dim:
            raise IndexMismatch(
                f"{path}: index holds vectors of dimension {meta['dim']}, not {dim};"
                " rebuild it from the database"
            )
        settings = {"hnsw_metric": "ip", **meta["settings"]}  # files before 7 December: ip
        self = cls(meta["kind"], **settings)
        self.norm_cap_ = float(meta.get("norm_cap", 0.0))
        self.model_ = meta["model"]
        self.dim_ = int(meta["dim"])
        self.kind_ = meta["kind"]
        self.index_ = faiss.deserialize_index(raw)
        self.ids_ = list(meta["ids"])
        self.alive_ = np.asarray(meta["alive"], dtype=bool)
        self.positions_ = {i: p for p, i in enumerate(self.ids_) if self.alive_[p]}
        self._huge_pages()
        return self
