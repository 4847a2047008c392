from __future__ import annotations

import numpy as np
import pytest

from embeddings.encoder import EncoderUnavailable, FakeEncoder, encoder_from_name


def test_fake_encoder_is_deterministic_and_normalised() -> None:
    enc = FakeEncoder(dim=32)
    a = enc.encode(["Je cherche un développeur", "wine and cheese", ""])
    b = FakeEncoder(dim=32).encode(["Je cherche un développeur", "wine and cheese", ""])
    assert np.array_equal(a, b)
    assert a.dtype == np.float32 and a.shape == (3, 32)
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0)
    assert np.all(a[2] == 0)  # an empty text is the zero vector, not NaN


def test_fake_encoder_synonyms_make_languages_meet() -> None:
    enc = FakeEncoder(dim=128, synonyms={"developpeur": "developer"})
    fr, en, other = enc.encode(["développeur", "developer", "sommelier"])
    assert fr @ en == pytest.approx(1.0)
    assert abs(fr @ other) < 0.5


def test_fake_encoder_rejects_tiny_dim() -> None:
    with pytest.raises(ValueError, match="dim must be >= 2, got 1"):
        FakeEncoder(dim=1)


def test_encoder_from_name_names_the_choices() -> None:
    with pytest.raises(EncoderUnavailable, match=r"unknown encoder 'gpt'.*use-multilingual-v3"):
        encoder_from_name("gpt")


def test_encoder_from_name_accepts_a_model_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    enc = encoder_from_name(str(tmp_path))
    assert enc.name == f"st:{tmp_path.name}"
    with pytest.raises(EncoderUnavailable, match="cannot load sentence-transformers model"):
        enc.encode(["x"])
