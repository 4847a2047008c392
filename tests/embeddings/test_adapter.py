"""The need map shipped with the default encoder (embeddings/adapter.py): read offline from the
package, checked against its name's hash, applied to needs (whole field and phrases) and to
nothing else, each part of the ensemble keeping unit share."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from embeddings.adapter import apply_map, known_maps, load_map, map_name
from embeddings.encoder import (
    NEED_MAP,
    AdaptedEncoder,
    EncoderUnavailable,
    EnsembleEncoder,
    FakeEncoder,
    encoder_from_name,
)
from matcher.community import Community
from tests.conftest import person


def _fake_ensemble() -> EnsembleEncoder:
    """An ensemble of the default's widths (USE 512, e5-small 384), no model loaded."""
    return EnsembleEncoder([FakeEncoder(dim=512), FakeEncoder(dim=384)])


def test_the_shipped_map_loads_from_the_package_and_matches_its_name() -> None:
    assert NEED_MAP in known_maps()
    w = load_map(NEED_MAP)
    assert w.dtype == np.float32 and w.shape == (896, 896)
    digest = hashlib.sha256(np.ascontiguousarray(w).tobytes()).hexdigest()[:8]
    assert NEED_MAP == f"needs-ridge-lam3-{digest}" == map_name("ridge-lam3", w)
    assert not w.flags.writeable  # one shared copy: nobody changes it under another
    # a ridge map pulled to the identity: near it, not it
    assert 0.0 < float(np.abs(w - np.eye(896)).max()) < 1.0


def test_an_unknown_map_names_the_shipped_ones() -> None:
    with pytest.raises(EncoderUnavailable, match=f"no need map 'needs-x-00000000'.*{NEED_MAP}"):
        encoder_from_name("fake@needs-x-00000000")
    wrong = encoder_from_name(f"fake@{NEED_MAP}")  # the map was fitted for 896 numbers
    with pytest.raises(EncoderUnavailable, match="writes 64 numbers"):
        wrong.encode_field("needs", ["sales"])  # said at the first encoding


def test_adapted_needs_differ_from_raw_ones_and_keep_unit_length() -> None:
    inner = _fake_ensemble()
    adapted = AdaptedEncoder(inner, NEED_MAP)
    texts = ["someone who sells to hospitals", "qqn qui vende aux hôpitaux", ""]
    raw, mapped = inner.encode(texts), adapted.encode_field("needs", texts)
    assert mapped.dtype == np.float32 and mapped.shape == raw.shape
    assert np.allclose(np.linalg.norm(mapped[:2], axis=1), 1.0, atol=1e-5)
    assert np.allclose(np.linalg.norm(mapped[:2, :512], axis=1), 2**-0.5, atol=1e-5)
    assert float(np.abs(mapped[:2] - raw[:2]).max()) > 0.01  # the map moved them
    assert not mapped[2].any()  # an empty need stays empty
    # offers and values are the inner encoder's, untouched
    assert np.array_equal(adapted.encode_field("offers", texts), raw)
    assert np.array_equal(adapted.encode(texts), raw)
    assert adapted.name == f"fake-bow-512+fake-bow-384@{NEED_MAP}"
    assert adapted.blocks == (512, 384) and adapted.dim == 896


def test_a_profile_stores_its_mapped_needs_whole_and_phrase_by_phrase() -> None:
    inner = _fake_ensemble()
    adapted = AdaptedEncoder(inner, NEED_MAP)
    community = Community(":memory:", adapted, with_trust=False)
    ana = person("ana", needs="A designer for the app. Someone who sells to clinics.")
    community.profiles.import_profiles([ana])
    stored = {v.field: v for v in community.profiles.store.vectors(adapted.name)}
    need = stored["needs"]
    w = load_map(NEED_MAP)
    assert np.allclose(need.vector, apply_map(inner.encode([ana["needs"]]), w, (512, 384))[0])
    assert len(need.phrases) == 2
    assert np.allclose(
        need.phrase_vectors, apply_map(inner.encode(list(need.phrases)), w, (512, 384)), atol=1e-6
    )
    assert np.array_equal(stored["offers"].vector, inner.encode([ana["offers"]])[0])


def test_the_default_has_its_own_measured_phrase_floor() -> None:
    """A new name would otherwise get the 0.25 floor of an unmeasured encoder: a line for
    every stranger with the ensemble."""
    from embeddings.encoder import DEFAULT_ENCODER
    from matcher.matching.model import PHRASE_FLOORS, phrase_floor

    name = encoder_from_name(DEFAULT_ENCODER).name
    assert name in PHRASE_FLOORS and phrase_floor(name) == 0.58


class _Unloaded(FakeEncoder):
    """A model that has not been loaded: reading its width is what would load it."""

    loads = 0

    @property
    def dim(self) -> int:
        _Unloaded.loads += 1
        return super().dim


def test_building_the_adapted_encoder_loads_no_model() -> None:
    """A command that never encodes (a ledger's, an event's) builds the community's encoder:
    the map's width is checked against the models' at the first encoding, not then (it
    cost every command 1.7 s of e5's loading)."""
    _Unloaded.loads = 0
    adapted = AdaptedEncoder(_Unloaded(dim=4), "test", np.eye(4))
    assert adapted.dim == 4 and _Unloaded.loads == 0
    adapted.encode_field("needs", ["sales"])
    assert _Unloaded.loads == 1


def test_a_map_of_another_width_is_refused_at_the_first_encoding() -> None:
    adapted = AdaptedEncoder(FakeEncoder(dim=4), "test", np.eye(3))
    with pytest.raises(EncoderUnavailable, match="writes 4 numbers"):
        adapted.encode_field("offers", ["sales"])
    with pytest.raises(EncoderUnavailable, match="not square"):
        AdaptedEncoder(FakeEncoder(dim=4), "test", np.ones((4, 3)))
