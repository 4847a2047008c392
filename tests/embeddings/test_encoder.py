from __future__ import annotations

import sys
import types
from pathlib import Path

import numpy as np
import pytest

from embeddings.encoder import (
    WORDLLAMA,
    EncoderUnavailable,
    EnsembleEncoder,
    FakeEncoder,
    WordLlamaEncoder,
    encode_field,
    encoder_from_name,
    encoder_of_vectors,
    known_encoders,
    query_fields,
)
from matcher.profiles.service import ProfileService
from matcher.schema import connect


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


class _AskingEncoder(FakeEncoder):
    """A fake encoder with a query role: a need's vector is the text's with a word added."""

    query_fields = ("needs",)
    calls: list[tuple[str, tuple[str, ...]]]

    def __init__(self, dim: int = 32) -> None:
        super().__init__(dim=dim)
        self.calls = []

    def encode(self, texts, *, progress=False):  # type: ignore[no-untyped-def]
        self.calls.append(("", tuple(texts)))
        return super().encode(texts)

    def encode_field(self, field, texts, *, progress=False):  # type: ignore[no-untyped-def]
        self.calls.append((field, tuple(texts)))
        return super().encode([f"query {t}" for t in texts])


def test_e5_with_a_query_role_is_named_apart_and_rebuilt_from_its_vectors() -> None:
    q = encoder_from_name("use-multilingual-v3+multilingual-e5-small-q")
    assert isinstance(q, EnsembleEncoder)
    assert q.name == "use-multilingual-v3+st:multilingual-e5-small-q"
    assert query_fields(q) == ("needs",) and query_fields(q.parts[0]) == ()
    assert encoder_of_vectors(q.name) == "use-multilingual-v3+multilingual-e5-small-q"
    plain = encoder_from_name("multilingual-e5-small")
    assert plain.name == "st:multilingual-e5-small" and query_fields(plain) == ()


def test_ensemble_encodes_a_query_field_through_the_parts_that_have_one() -> None:
    asking, plain = _AskingEncoder(dim=16), FakeEncoder(dim=8)
    e = EnsembleEncoder([plain, asking])
    v = encode_field(e, "needs", ["sales"])
    want = np.hstack([plain.encode(["sales"]), FakeEncoder(dim=16).encode(["query sales"])])
    assert np.allclose(v, want / np.sqrt(2))
    assert np.allclose(encode_field(e, "offers", ["sales"]), e.encode(["sales"]))


def test_import_encodes_needs_as_questions_and_the_rest_as_passages() -> None:
    enc = _AskingEncoder()
    profiles = ProfileService(connect(), enc)
    profiles.import_profiles(
        [{"id": "ana", "name": "Ana", "offers": "sales", "needs": "sales", "values": "calm"}]
    )
    asked = {t for field, texts in enc.calls if field == "needs" for t in texts}
    told = {t for field, texts in enc.calls if field == "" for t in texts}
    assert asked == {"sales"} and told == {"sales", "calm"}  # the same text, once per role
    v = profiles.load_vectors(["ana"])["ana"]
    assert np.allclose(v.needs, FakeEncoder(dim=32).encode(["query sales"])[0])
    assert np.allclose(v.offers, FakeEncoder(dim=32).encode(["sales"])[0])
    assert not np.allclose(v.needs, v.offers)


# --------------------------------------------------------- a packaged option: WordLlama
def test_wordllama_is_an_option_loaded_only_when_it_encodes() -> None:
    enc = encoder_from_name(WORDLLAMA)
    assert isinstance(enc, WordLlamaEncoder)
    assert (enc.name, enc.dim) == ("wordllama-l2-supercat", 256)  # no package needed yet
    assert WORDLLAMA in known_encoders()
    beside = encoder_from_name(f"use-multilingual-v3+multilingual-e5-small-q+{WORDLLAMA}")
    assert isinstance(beside, EnsembleEncoder) and beside.blocks == (512, 384, 256)
    # a database encoded with it is rebuilt from the name its vectors carry
    assert encoder_of_vectors(
        "use-multilingual-v3+st:multilingual-e5-small-q+wordllama-l2-supercat"
    ) == (f"use-multilingual-v3+multilingual-e5-small-q+{WORDLLAMA}")


def test_wordllama_without_its_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "wordllama", None)  # import wordllama -> ImportError
    with pytest.raises(
        EncoderUnavailable, match=r"needs the package wordllama.*cofoundry\[wordllama\]"
    ):
        WordLlamaEncoder().encode(["sales"])


def test_wordllama_without_its_bundled_files_names_the_file_and_never_downloads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed wordllama whose files are elsewhere (the package's own loader would fetch
    them from a model hub): the error names the missing file and the reinstall."""
    package = types.ModuleType("wordllama")
    package.__file__ = str(tmp_path / "wordllama" / "__init__.py")
    package.__version__ = "0.9"  # type: ignore[attr-defined]
    (tmp_path / "wordllama" / "tokenizers").mkdir(parents=True)
    (tmp_path / "wordllama" / "tokenizers" / "l2_supercat_tokenizer_config.json").write_text("{}")
    monkeypatch.setitem(sys.modules, "wordllama", package)
    monkeypatch.setitem(sys.modules, "wordllama.inference", types.ModuleType("wordllama.inference"))
    with pytest.raises(
        EncoderUnavailable,
        match=r"l2_supercat_256\.safetensors is missing from the installed wordllama 0\.9.*"
        r"pip install --force-reinstall",
    ):
        WordLlamaEncoder().encode(["sales"])
