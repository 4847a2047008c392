from __future__ import annotations

from pathlib import Path
from typing import Any

import faiss
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from embeddings.index import IndexMismatch, VectorIndex


def _data(n: int, d: int, seed: int = 0) -> tuple[np.ndarray, list[str]]:
    rng = np.random.default_rng(seed)
    v = rng.normal(size=(n, d)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    return v, [f"id{i}" for i in range(n)]


def _brute(v: np.ndarray, ids: list[str], q: np.ndarray, k: int) -> list[str]:
    scores = v @ q
    order = np.argsort(-scores, kind="stable")[:k]
    return [ids[i] for i in order]


def test_flat_search_is_exact() -> None:
    v, ids = _data(300, 16)
    index = VectorIndex(kind="flat").fit(v, ids, model="m")
    q = v[7] + 0.1 * v[8]
    assert [i for i, _ in index.search(q, k=10)[0]] == _brute(v, ids, q, 10)


def test_ids_survive_removals_and_compaction() -> None:
    v, ids = _data(50, 8)
    index = VectorIndex(kind="flat", compact_above=0.1).fit(v, ids, model="m")
    index.remove(ids[:10])  # 20 % dead: compacts
    assert len(index) == 40 and len(index.ids_) == 40
    for i in (10, 25, 49):
        assert index.search(v[i], k=1)[0][0][0] == ids[i]
        assert np.allclose(index.vector(ids[i]), v[i])
    assert "id3" not in index


def test_add_replaces_an_existing_id() -> None:
    v, ids = _data(5, 4)
    index = VectorIndex(kind="flat").fit(v, ids, model="m")
    index.add(-v[:1], ["id0"])
    assert len(index) == 5
    assert np.allclose(index.vector("id0"), -v[0])
    assert all(i != "id0" for i, _ in index.search(v[0], k=2)[0])


def test_exclude_and_k_larger_than_index() -> None:
    v, ids = _data(3, 4)
    index = VectorIndex(kind="flat").fit(v, ids, model="m")
    got = index.search(v[0], k=10, exclude=["id0"])[0]
    assert sorted(i for i, _ in got) == ["id1", "id2"]


def test_save_load_roundtrip_and_refusals(tmp_path) -> None:  # type: ignore[no-untyped-def]
    v, ids = _data(40, 8)
    index = VectorIndex(kind="hnsw", hnsw_m=8).fit(v, ids, model="use@v1").remove(["id5"])
    path = index.save(tmp_path / "x.index")
    again = VectorIndex.load(path, model="use@v1", dim=8)
    assert again.search(v[9], k=3) == index.search(v[9], k=3)
    assert "id5" not in again and len(again) == 39
    with pytest.raises(IndexMismatch, match="model 'use@v1', not 'minilm'; rebuild it"):
        VectorIndex.load(path, model="minilm")
    with pytest.raises(IndexMismatch, match="dimension 8, not 384"):
        VectorIndex.load(path, dim=384)
    with pytest.raises(IndexMismatch, match="query has dimension 4"):
        again.search(np.ones(4, dtype=np.float32))
    assert not list(tmp_path.glob("*.tmp"))  # atomic write left no temp file


def test_bad_inputs_are_named() -> None:
    with pytest.raises(ValueError, match="got 2 vectors but 1 ids"):
        VectorIndex().fit(np.ones((2, 3)), ["a"])
    with pytest.raises(ValueError, match="id 'a' appears twice"):
        VectorIndex().fit(np.ones((2, 3)), ["a", "a"])
    with pytest.raises(ValueError, match="NaN"):
        VectorIndex().fit(np.full((1, 3), np.nan), ["a"])
    with pytest.raises(RuntimeError, match="not fitted"):
        VectorIndex().search(np.ones(3))


def test_hnsw_recall_on_random_data() -> None:
    v, ids = _data(3000, 32, seed=3)
    index = VectorIndex(kind="hnsw", ef_search=128).fit(v, ids, model="m")
    qs, _ = _data(50, 32, seed=4)
    hits = sum(
        len({i for i, _ in index.search(q, k=10)[0]} & set(_brute(v, ids, q, 10))) for q in qs
    )
    assert hits / 500 >= 0.9


@given(
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=1, max_value=12),
    st.lists(st.integers(min_value=0, max_value=39), max_size=20),
    st.integers(min_value=0, max_value=1000),
)
def test_search_equals_brute_force_after_removals(
    n: int, k: int, removed: list[int], seed: int
) -> None:
    v, ids = _data(n, 6, seed)
    index = VectorIndex(kind="flat", compact_above=0.3).fit(v, ids, model="m")
    gone = {ids[i] for i in removed if i < n}
    index.remove(sorted(gone))
    keep = [i for i, x in enumerate(ids) if x not in gone]
    q = np.random.default_rng(seed + 1).normal(size=6).astype(np.float32)
    expected = _brute(v[keep], [ids[i] for i in keep], q, k)
    got = [i for i, _ in index.search(q, k=k)[0]]
    # ties aside, the same ids in the same order
    assert [round(float(index.vector(i) @ q), 4) for i in got] == [
        round(float(v[ids.index(i)] @ q), 4) for i in expected
    ]


def test_many_tombstones_do_not_widen_every_search() -> None:
    """Edits leave tombstones; a search fetches by their share, and still returns k live ids."""
    v, ids = _data(400, 8, seed=5)
    index = VectorIndex(kind="flat", compact_above=0.99).fit(v, ids, model="m")
    for i in range(0, 300, 2):  # 150 edits: remove + re-add the same id
        index.add(v[i : i + 1], [ids[i]])
    calls: list[int] = []
    inner = index.index_.search
    index.index_.search = lambda q, n: calls.append(n) or inner(q, n)  # type: ignore[method-assign]
    q = v[11]
    got = [i for i, _ in index.search(q, k=10)[0]]
    assert got == _brute(v, ids, q, 10)
    assert calls[0] < 10 + 150  # not k + number of tombstones
    index.remove(ids[:390])  # nearly everything dead: the search widens until it has k
    assert sorted(i for i, _ in index.search(q, k=10)[0]) == sorted(ids[390:])


@given(
    st.integers(min_value=1, max_value=30),
    st.integers(min_value=1, max_value=12),
    st.lists(st.integers(min_value=0, max_value=29), max_size=10),
    st.lists(st.integers(min_value=0, max_value=29), max_size=4),
    st.integers(min_value=0, max_value=1000),
)
def test_search_skips_tombstones_and_excluded_ids_as_a_loop_would(
    n: int, k: int, removed: list[int], excluded: list[int], seed: int
) -> None:
    """The vectorised filtering of FAISS's answer equals the label-by-label reference: the
    first ``k`` live, non-excluded labels in FAISS's order, with scores rounded by ``round``."""
    v, ids = _data(n, 6, seed)
    index = VectorIndex(kind="flat", compact_above=1.0).fit(v, ids, model="m")
    index.remove(sorted({ids[i] for i in removed if i < n}), compact=False)
    exclude = [ids[i] for i in excluded if i < n]
    q = np.random.default_rng(seed + 1).normal(size=6).astype(np.float32)
    scores, labels = index.index_.search(q[None, :], n)
    skip = {index.positions_[i] for i in exclude if i in index.positions_}
    expected = [
        (index.ids_[p], round(float(s), 6))
        for s, p in zip(scores[0], labels[0], strict=True)
        if p >= 0 and index.alive_[p] and p not in skip
    ][:k]
    assert index.search(q, k=k, exclude=exclude)[0] == expected
    positions = index.search_positions(q, k=k, exclude=exclude)
    assert [index.ids_[p] for p in positions] == [i for i, _ in expected]
    rows = {i: n for n, i in enumerate(reversed(ids)) if int(i[2:]) % 3}  # some ids only
    assert index.position_map(rows)[positions].tolist() == [rows.get(i, -1) for i, _ in expected]


def test_every_change_moves_the_generation() -> None:
    v, ids = _data(6, 4)
    index = VectorIndex(kind="flat", compact_above=0.3).fit(v, ids, model="m")
    seen = [index.generation_]
    for change in (
        lambda: index.add(v[:1], ["new"]),
        lambda: index.remove(["id1"], compact=False),
        lambda: index.remove(["id2", "id3"]),  # compacts
        lambda: index.fit(v, ids),
    ):
        change()
        assert index.generation_ > seen[-1]
        seen.append(index.generation_)
    index.remove(["nobody"])
    assert index.generation_ == seen[-1]  # nothing changed


def _clustered(n: int, d: int, seed: int = 0) -> tuple[np.ndarray, list[str]]:
    """Vectors around 20 centres (as profile keys are): what an inverted file is for."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(20, d))
    v = (centres[rng.integers(0, 20, n)] + 0.5 * rng.normal(size=(n, d))).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    return v, [f"id{i}" for i in range(n)]


def test_auto_picks_flat_then_hnsw_then_ivf_by_size() -> None:
    v, ids = _clustered(600, 13)
    kinds = [
        VectorIndex(exact_below=300, ivf_from=500).fit(v[:n], ids[:n]).kind_
        for n in (299, 300, 499, 500, 600)
    ]
    assert kinds == ["flat", "hnsw", "hnsw", "ivf", "ivf"]


def test_ivf_recall_and_its_cells() -> None:
    """An odd dimension (padded to 16 inside), 4 sqrt(n) cells; scanning a quarter of them
    finds the exact top 10 nearly always (8-bit vectors: scores within 1e-2)."""
    v, ids = _clustered(2500, 13, seed=3)
    index = VectorIndex(kind="ivf", nprobe=50).fit(v, ids, model="m")
    assert index.index_.nlist == 200 and index.index_.d == 16 and index.dim_ == 13
    qs, _ = _clustered(50, 13, seed=4)
    hits = sum(
        len({i for i, _ in index.search(q, k=10)[0]} & set(_brute(v, ids, q, 10))) for q in qs
    )
    assert hits / 500 >= 0.95
    top = index.search(qs[0], k=1)[0][0]
    assert abs(top[1] - float(v[ids.index(top[0])] @ qs[0])) < 1e-2
    assert np.abs(index.vector("id7") - v[7]).max() < 1e-2


def test_ivf_removal_is_real_and_positions_survive_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    v, ids = _clustered(400, 12, seed=5)
    index = VectorIndex(kind="ivf", nprobe=1000, compact_above=0.9).fit(v, ids, model="m")
    index.remove(["id1", "id2"])
    assert index.index_.ntotal == 398 and index.ids_[1] == "" and len(index) == 398
    index.add(v[1:2], ["again"])  # a new position, past the removed ones
    assert index.search(v[1], k=1)[0][0][0] == "again"
    assert index.search(v[3], k=1)[0][0][0] == "id3"
    loaded = VectorIndex.load(index.save(tmp_path / "ivf.index"), model="m")
    assert loaded.kind_ == "ivf" and loaded.nprobe == 1000
    assert loaded.search(v[1], k=3) == index.search(v[1], k=3)
    assert [i for i, _ in index.compact().search(v[1], k=1)[0]] == ["again"]
    assert index.kind_ == "ivf" and len(index) == 399 and "id2" not in index


def test_ivf_needs_vectors_to_train_on() -> None:
    with pytest.raises(ValueError, match="needs vectors to train on"):
        VectorIndex(kind="ivf").fit(np.zeros((0, 8), np.float32), [])


def _low_rank(n: int, d: int, rank: int, seed: int) -> tuple[np.ndarray, list[str]]:
    """Clustered vectors of dimension ``d`` that live (up to a little noise) in ``rank``
    directions: what a projection on the principal directions keeps."""
    rng = np.random.default_rng(seed)
    basis = np.linalg.qr(rng.normal(size=(d, rank)))[0].T
    centres = rng.normal(size=(20, rank))
    low = centres[rng.integers(0, 20, n)] + 0.5 * rng.normal(size=(n, rank))
    v = (low @ basis + 0.01 * rng.normal(size=(n, d))).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    return v, [f"id{i}" for i in range(n)]


@pytest.mark.parametrize(
    "settings", [{"kind": "ivf", "nprobe": 80, "ivf_dim": 32}, {"kind": "hnsw", "hnsw_dim": 32}]
)
def test_a_projected_index_finds_the_exact_top_10_after_a_rerank(  # type: ignore[no-untyped-def]
    tmp_path, settings: dict[str, Any]
) -> None:
    """Above ``ivf_dim`` (an inverted file) or ``hnsw_dim`` (a graph) dimensions the index
    holds the vectors' principal directions; a pool of 50 re-ranked by the full inner
    product (as the suggestions re-rank from the candidate table) holds the exact top 10."""
    v, ids = _low_rank(5000, 96, 24, seed=6)
    index = VectorIndex(**settings).fit(v, ids, model="m")
    assert index.index_.d == 96 and index.projected and index.kept_dim == 32
    if index.kind_ == "ivf":
        ivf = faiss.extract_index_ivf(index.index_)
        assert ivf.d == 32 and ivf.nlist == 283  # 4 sqrt(5000) cells over 32 directions
    else:
        assert index.kind_ == "hnsw" and faiss.downcast_index(index.index_.index).d == 32
    qs, _ = _low_rank(50, 96, 24, seed=6)  # same directions, other points
    qs = qs + 0.05 * np.random.default_rng(7).normal(size=qs.shape).astype(np.float32)

    def top10(ix: VectorIndex, q: np.ndarray) -> list[str]:
        pool = ix.search_positions(q, k=50)
        order = np.argsort(-(v[pool] @ q), kind="stable")[:10]
        return [ids[p] for p in pool[order]]

    hits = sum(len(set(top10(index, q)) & set(_brute(v, ids, q, 10))) for q in qs)
    assert hits / 500 >= 0.95
    # reconstruction maps back through the projection: close to the stored vector
    assert np.abs(index.vector("id7") - v[7]).max() < 0.05
    index.remove(["id3"], compact=False)
    assert "id3" not in {i for i, _ in index.search(v[3], k=20)[0]}
    if index.kind_ == "hnsw":  # the projected vector is scrubbed from the graph's storage
        assert float(np.abs(index.vectors_at([3])).sum()) == 0.0
    loaded = VectorIndex.load(index.save(tmp_path / "projected.index"), model="m")
    assert loaded.projected and loaded.kept_dim == 32
    assert loaded.search(qs[0], k=20) == index.search(qs[0], k=20)
    loaded.add(v[3:4], ["back"])
    assert "back" in {i for i, _ in loaded.search(v[3], k=5)[0]}
    compacted = loaded.remove(["id4"], compact=False).compact()
    assert compacted.projected and compacted.kept_dim == 32 and len(compacted) == 4999


def test_hnsw_dim_zero_or_above_the_dimension_or_no_vectors_keeps_every_dimension() -> None:
    v, ids = _clustered(300, 13, seed=8)
    for hnsw_dim in (0, 13, 64):
        index = VectorIndex(kind="hnsw", hnsw_dim=hnsw_dim).fit(v, ids)
        assert not index.projected and index.kept_dim == 13
    empty = VectorIndex(kind="hnsw", hnsw_dim=4).fit(np.zeros((0, 13), np.float32), [])
    assert not empty.projected  # no vectors to learn the directions from
    assert empty.add(v[:3], ids[:3]).search(v[1], k=1)[0][0][0] == "id1"
    with pytest.raises(ValueError, match="hnsw_dim must be >= 0"):
        VectorIndex(kind="hnsw", hnsw_dim=-1)


def test_ivf_dim_zero_or_above_the_dimension_keeps_every_dimension() -> None:
    v, ids = _clustered(600, 13, seed=8)
    for ivf_dim in (0, 13, 64):
        index = VectorIndex(kind="ivf", ivf_dim=ivf_dim).fit(v, ids)
        assert index.index_.__class__.__name__ == "IndexIVFScalarQuantizer"
        assert index.index_.d == 16  # padded to a multiple of 8, as before
    with pytest.raises(ValueError, match="ivf_dim must be >= 0"):
        VectorIndex(kind="ivf", ivf_dim=-1)


@pytest.mark.parametrize("kind", ["ivf", "flat"])
def test_fit_rows_builds_the_index_fit_builds_a_chunk_at_a_time(kind: str) -> None:
    """The keys of a million profiles do not fit in memory at once: fit_rows asks for a
    chunk of rows at a time (never more), and trains the inverted file (projected here) on
    the same seeded sample as fit, so the two indexes answer alike, vector for vector."""
    v, ids = _clustered(700, 24, seed=8)
    asked: list[int] = []

    def rows_of(rows: np.ndarray) -> np.ndarray:
        asked.append(len(rows))
        return v[rows]

    def build() -> VectorIndex:
        return VectorIndex(kind=kind, nlist=8, nprobe=3, ivf_dim=16)  # 16 * 8 < 700: a sample

    whole = build().fit(v, ids, model="m")
    chunked = build().fit_rows(rows_of, ids, model="m", chunk=100)
    assert max(asked) <= 16 * 8 and sum(asked) == 700 + (16 * 8 if kind == "ivf" else 0)
    assert chunked.kind_ == kind and chunked.model_ == "m" and len(chunked) == 700
    assert chunked.projected == (kind == "ivf")
    assert chunked.search(v[:20], k=10) == whole.search(v[:20], k=10)
    assert np.array_equal(chunked.vectors_at(list(range(700))), whole.vectors_at(list(range(700))))
    chunked.remove(["id3"])
    assert "id3" not in chunked and chunked.search(v[3], k=1)[0][0][0] != "id3"


def test_fit_rows_checks_its_input() -> None:
    v, ids = _data(50, 8)
    with pytest.raises(ValueError, match="id 'id1' appears twice"):
        VectorIndex(kind="flat").fit_rows(lambda r: v[r], [*ids[:49], "id1"], chunk=10)
    with pytest.raises(ValueError, match="chunk must be >= 1, got 0"):
        VectorIndex(kind="flat").fit_rows(lambda r: v[r], ids, chunk=0)
    small = VectorIndex(kind="flat").fit_rows(lambda r: v[r], ids, chunk=100)  # one chunk: fit
    assert small.search(v[4], k=1)[0][0][0] == "id4"


def test_an_l2_graph_answers_the_inner_product_and_survives_save_add_remove(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """``hnsw_metric="l2"`` (the MIPS-to-L2 reduction, measured in bench/hnsw_recall.py and
    not the default) returns the same hits and inner products as an exact scan on keys of
    unequal norms, through a save, an addition longer than every key and a removal; a file
    saved before the setting existed reads as an inner-product graph."""
    rng = np.random.default_rng(0)
    x = (rng.standard_normal((300, 16)) * rng.uniform(0.5, 2.0, (300, 1))).astype(np.float32)
    ids = [f"k{i}" for i in range(300)]
    q = rng.standard_normal((5, 16)).astype(np.float32)
    flat = VectorIndex("flat").fit(x, ids)
    l2 = VectorIndex("hnsw", hnsw_metric="l2").fit(x, ids)
    assert l2.reduced and not VectorIndex("hnsw").fit(x, ids).reduced

    def same(a: VectorIndex, b: VectorIndex) -> None:
        for got, want in zip(a.search(q, k=5), b.search(q, k=5), strict=True):
            assert [i for i, _ in got] == [i for i, _ in want]
            assert np.allclose([s for _, s in got], [s for _, s in want], atol=1e-3)

    same(l2, flat)
    loaded = VectorIndex.load(l2.save(tmp_path / "l2.index"))
    assert loaded.hnsw_metric == "l2" and loaded.reduced
    same(loaded, flat)
    longer = 10 * x[:1]
    for index in (loaded, flat):
        index.add(longer, ["long"]).remove(["k3"])
    same(loaded, flat)
    with pytest.raises(ValueError, match="hnsw_metric must be 'ip' or 'l2', got 'cos'"):
        VectorIndex("hnsw", hnsw_metric="cos")  # type: ignore[arg-type]


THP = Path("/sys/kernel/mm/transparent_hugepage/enabled")


def _huge_kb(address: int) -> int:
    """kB of transparent huge pages in this process's mapping that holds ``address``."""
    here = False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        head = line.split()[0]
        if not head.endswith(":"):  # a mapping's first line: its address range
            lo, hi = (int(v, 16) for v in head.split("-"))
            here = lo <= address < hi
        elif head == "AnonHugePages:" and here:
            return int(line.split()[1])
    return 0


@pytest.mark.skipif(
    not THP.exists() or "[never]" in THP.read_text(),
    reason="needs Linux with transparent huge pages (always or madvise)",
)
@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_the_stored_keys_are_on_huge_pages_after_fit_load_and_add(tmp_path, kind: str) -> None:  # type: ignore[no-untyped-def]
    """A graph search reads a few thousand keys of a large store at random: FAISS's buffer
    (``malloc``, 4 kB pages) is advised onto 2 MB pages when the index is fitted, loaded or
    grown, as NumPy does for its own arrays, and every search answers the same."""
    x = np.random.default_rng(0).standard_normal((1500, 1024)).astype(np.float32)  # 6 MB
    ids = [f"p{i}" for i in range(len(x))]
    settings: dict[str, Any] = {"hnsw_m": 4, "ef_construction": 16} if kind == "hnsw" else {}
    index = VectorIndex(kind, **settings).fit(x, ids)

    def middle(ix: VectorIndex) -> int:
        held = ix._stored()
        return int(held.ctypes.data + held.nbytes // 2)

    assert _huge_kb(middle(index)) >= 2048
    found = index.search(x[:5], k=10)
    loaded = VectorIndex.load(index.save(tmp_path / "i.index"))
    assert _huge_kb(middle(loaded)) >= 2048
    assert loaded.search(x[:5], k=10) == found
    loaded.add(x[:3] * 2, ["q0", "q1", "q2"])  # the buffer may move as it grows: advised again
    assert [hits[0][0] for hits in loaded.search(x[:3] * 2, k=1)] == ["q0", "q1", "q2"]
