"""A learned map of need vectors (issue 20): a need and the offer that meets it are written in
different voices ("je cherche quelqu'un qui vende aux hôpitaux", "I sell to hospitals"); a
linear map fitted on labelled pairs moves the need towards the offer.

:class:`AdaptedEncoder` wraps an encoder and maps the vectors of the fields it adapts (needs:
the whole field and each of its phrases, both encoded as the field) by a matrix shipped in this
package (``embeddings/adapters/<name>.npy``, float32), each part of an ensemble normalised on
its own, so a vector keeps unit length and each encoder its share. Its name is the inner
encoder's, ``@`` and the map's (the fit and a short hash of its numbers): a database records
which map made its vectors and keeps it. ``python bench/matching_adapter.py --write-map FIT``
refits a map from the evaluation sets (docs/matching-quality.md).
"""

from __future__ import annotations

import hashlib
import importlib.resources
import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["ADAPTED_FIELDS", "apply_map", "known_maps", "load_map", "map_name"]

Vectors = npt.NDArray[np.float32]

#: the profile fields whose vectors a map changes
ADAPTED_FIELDS = ("needs",)

_FOLDER = "adapters"


def map_name(fit: str, w: npt.NDArray[Any]) -> str:
    """The name a map ships under: ``needs-<fit>-`` and the first 8 hex digits of the sha256
    of its float32 numbers.

    Examples
    --------
    >>> map_name("ridge-lam3", np.eye(2))
    'needs-ridge-lam3-a666c95f'
    """
    digest = hashlib.sha256(np.ascontiguousarray(w, dtype=np.float32).tobytes()).hexdigest()
    return f"needs-{fit}-{digest[:8]}"


def known_maps() -> list[str]:
    """The maps shipped in this package, by name."""
    folder = importlib.resources.files("embeddings").joinpath(_FOLDER)
    if not folder.is_dir():
        return []
    return sorted(p.name.removesuffix(".npy") for p in folder.iterdir() if p.name.endswith(".npy"))


@lru_cache(maxsize=4)
def load_map(name: str) -> npt.NDArray[np.float32]:
    """The shipped map ``name`` (read once, offline); ValueError when it is not shipped or its
    numbers do not match its name's hash."""
    ref = importlib.resources.files("embeddings").joinpath(_FOLDER, f"{name}.npy")
    if not ref.is_file():
        raise ValueError(
            f"no need map {name!r} in the package (shipped: {', '.join(known_maps()) or 'none'})"
        )
    with ref.open("rb") as f:
        w: npt.NDArray[np.float32] = np.asarray(np.load(f, allow_pickle=False), np.float32)
    fit = name.removeprefix("needs-").rpartition("-")[0]
    if map_name(fit, w) != name:
        raise ValueError(f"need map {name!r}: its numbers do not match its hash (a damaged file)")
    w.setflags(write=False)
    return w


def apply_map(x: npt.NDArray[Any], w: npt.NDArray[Any], blocks: Sequence[int] = ()) -> Vectors:
    """Rows of ``x`` mapped by ``w``, each part of ``blocks`` (an ensemble's widths; ``()``: one
    part) normalised to ``1 / sqrt(parts)``; a zero row (an empty text) stays zero. A float32
    map (as shipped) is applied in float32, another in float64.

    Examples
    --------
    >>> x = np.array([[0.6, 0.8], [0.0, 0.0]], dtype=np.float32)
    >>> apply_map(x, np.array([[0.0, 1.0], [1.0, 0.0]])).tolist()
    [[0.800000011920929, 0.6000000238418579], [0.0, 0.0]]
    """
    w = np.asarray(w)
    dtype = np.float32 if w.dtype == np.float32 else np.float64  # a shipped map: float32
    x = np.atleast_2d(np.asarray(x, dtype))
    y = x @ w.astype(dtype, copy=False)
    widths = list(blocks) or [y.shape[1]]
    scale = 1.0 / math.sqrt(len(widths))
    start = 0
    for width in widths:
        part = y[:, start : start + width]
        norms = np.linalg.norm(part, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        y[:, start : start + width] = part / norms * scale
        start += width
    y[~np.any(x, axis=1)] = 0.0
    return np.ascontiguousarray(y, dtype=np.float32)
