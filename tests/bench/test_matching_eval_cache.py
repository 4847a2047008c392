"""bench/matching_eval.py's vector cache: an ensemble caches each part apart, so measuring a
new model beside parts already measured encodes only the new model's texts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bench.matching_eval import CachedEncoder, cached
from embeddings.encoder import EnsembleEncoder, FakeEncoder, encode_field


class _Asking(FakeEncoder):
    """A fake part with a query role: a need is encoded with a word added."""

    query_fields = ("needs",)

    def encode_field(self, field: str, texts: Sequence[str], *, progress: bool = False):  # type: ignore[no-untyped-def]
        return super().encode([f"query {t}" for t in texts])


class _Counting(FakeEncoder):
    def __init__(self, dim: int) -> None:
        super().__init__(dim=dim)
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str], *, progress: bool = False):  # type: ignore[no-untyped-def]
        self.seen += list(texts)
        return super().encode(texts)


TEXTS = ["python developer", "B2B sales in food", "Développeuse mobile"]


def test_an_ensemble_reuses_the_cache_of_its_parts_measured_together(tmp_path: Path) -> None:
    pair = EnsembleEncoder([FakeEncoder(dim=8), _Asking(dim=16)])
    before = CachedEncoder(pair, tmp_path / f"eval-{pair.name}.npz")
    offers = before.encode(TEXTS)
    needs = encode_field(before, "needs", TEXTS)
    before.save()

    new = _Counting(dim=4)
    trio = cached(EnsembleEncoder([FakeEncoder(dim=8), _Asking(dim=16), new]), tmp_path)
    assert isinstance(trio, EnsembleEncoder) and trio.name == "fake-bow-8+fake-bow-16+fake-bow-4"
    first, second, _ = trio.parts
    assert isinstance(first, CachedEncoder) and len(first.cache) == len(TEXTS)
    assert isinstance(second, CachedEncoder) and len(second.cache) == 2 * len(TEXTS)
    got_offers = trio.encode(TEXTS)
    got_needs = encode_field(trio, "needs", TEXTS)
    assert (first.misses, second.misses) == (0, 0)  # only the new part encoded
    assert sorted(new.seen) == sorted(TEXTS)  # its needs too are plain texts: no query role
    # the same vectors as the parts would give: the pair's, rescaled, beside the new model's
    k = np.sqrt(2) / np.sqrt(3)
    assert np.allclose(got_offers[:, :24], offers * k, atol=1e-6)
    assert np.allclose(got_needs[:, :24], needs * k, atol=1e-6)
    want = EnsembleEncoder([FakeEncoder(dim=8), _Asking(dim=16), FakeEncoder(dim=4)])
    assert np.allclose(got_needs, encode_field(want, "needs", TEXTS), atol=1e-6)
    for part in trio.parts:
        assert isinstance(part, CachedEncoder)
        part.save()
    assert (tmp_path / "eval-fake-bow-4.npz").exists()


def test_a_cache_of_other_widths_is_left_alone(tmp_path: Path) -> None:
    other = EnsembleEncoder([FakeEncoder(dim=8), FakeEncoder(dim=6)])
    first = CachedEncoder(other, tmp_path / "eval-fake-bow-8+fake-bow-16.npz")  # misnamed
    first.encode(TEXTS)
    first.save()
    pair = cached(EnsembleEncoder([FakeEncoder(dim=8), FakeEncoder(dim=16)]), tmp_path)
    assert all(isinstance(p, CachedEncoder) and not p.cache for p in pair.parts)  # type: ignore[attr-defined]
    assert np.allclose(
        pair.encode(TEXTS), EnsembleEncoder([FakeEncoder(8), FakeEncoder(16)]).encode(TEXTS)
    )
