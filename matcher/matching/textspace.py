"""The text space of one community: language centring and hubness reduction. Pure numpy.

Two corrections of the raw sentence vectors before ``c(A->B) = cos(needs_A, offers_B)``,
both fitted on the community itself (no labels) and measured on the development half of
``bench/eval/complementary_v2.json`` (``bench/matching_eval.py --levers``):

* **language centring**: a multilingual encoder puts every French text a little closer to
  every other French text than to its English paraphrase. Each field's vector has the mean
  vector of its field *and language* (French or English, :func:`text_language`) taken
  away and is normalised again, so what remains is mostly meaning, not language.
* **hubness reduction** (CSLS, Lample et al. 2018, "Word translation without parallel
  data"): some profiles are near everyone and crowd every list. The cosine becomes
  ``cos(n_A, o_B) - h_o(B) - h_n(A)`` where ``h_o(B)`` is half of (the mean cosine of
  ``o_B`` with its ``k`` nearest needs in the community, minus that quantity's mean over
  the community), and ``h_n`` the same for needs: a hub pays for its
  closeness to everyone, the average profile pays nothing, and scores keep their scale.

With an ensemble encoder (:class:`embeddings.encoder.EnsembleEncoder`, vectors made of one
normalised block per encoder) each block is centred and normalised on its own, so the
corrected cosine stays the mean of the encoders' corrected cosines; the hubness term is then
counted on that mean.

Above ``sample`` people (default 1,024) the neighbours are counted in a fixed random sample (``k`` scaled
by ``sample / size``, at least 1), so a fit costs ``size x sample`` products, not ``size**2``.

Examples
--------
>>> import numpy as np
>>> rng = np.random.default_rng(0)
>>> offers = rng.standard_normal((40, 8)).astype(np.float32)
>>> needs = rng.standard_normal((40, 8)).astype(np.float32)
>>> langs = ("en",) * 20 + ("fr",) * 20
>>> space = fit_text_space(offers, needs, langs, langs, k=5)
>>> o, n, ho, hn = space.transform(offers, needs, langs, langs)
>>> o.shape, round(float(np.linalg.norm(o[0])), 4), round(float(ho.mean()), 4)
((40, 8), 1.0, 0.0)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from matcher.errors import InvalidInput
from matcher.languages import text_language

__all__ = ["CHUNK", "LANGUAGES", "TextSpace", "fit_text_space", "text_language"]

#: rows corrected or averaged at a time (a multiple of the hub terms' 1,024-row blocks, so
#: that a chunked pass computes every row exactly as one pass over everything would)
CHUNK = 65_536

F32 = npt.NDArray[np.float32]

#: the languages whose means are taken apart; any other text counts as English
LANGUAGES = ("en", "fr")


def _normalise(x: npt.NDArray[np.float32]) -> F32:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(x / norms, dtype=np.float32)


@dataclass(frozen=True, slots=True, eq=False)
class TextSpace:
    """A community's fitted corrections (build it with :func:`fit_text_space`).

    ``offer_means`` / ``need_means``: per language, the mean to take away (empty: no
    centring); ``ref_offers`` / ``ref_needs``: the (centred) reference rows neighbours
    are counted in (empty: no hubness reduction); ``k``: neighbours counted there;
    ``hub_offers`` / ``hub_needs``: the mean raw hub term of the fit, taken away so the
    average profile pays nothing; ``blocks``: the widths of an ensemble's parts, each
    normalised on its own after centring (empty: one block).
    """

    offer_means: dict[str, F32]
    need_means: dict[str, F32]
    ref_offers: F32
    ref_needs: F32
    k: int
    hub_offers: float
    hub_needs: float
    blocks: tuple[int, ...] = ()

    def _centre(self, x: F32, langs: Sequence[str], means: dict[str, F32]) -> F32:
        if not means or not len(x):
            return np.ascontiguousarray(x, dtype=np.float32)
        out = np.array(x, dtype=np.float32)
        for lang, mean in means.items():
            rows = [i for i, g in enumerate(langs) if (g if g in LANGUAGES else "en") == lang]
            if rows:
                out[rows] -= mean
        if len(self.blocks) < 2:
            return _normalise(out)
        scale = np.float32(1 / np.sqrt(len(self.blocks)))
        parts, lo = [], 0
        for width in self.blocks:
            parts.append(_normalise(out[:, lo : lo + width]) * scale)
            lo += width
        return np.ascontiguousarray(np.hstack(parts), dtype=np.float32)

    def _hub(self, x: F32, ref: F32) -> npt.NDArray[np.float32]:
        """Mean cosine of each row of ``x`` with its ``k`` nearest rows of ``ref``."""
        if not len(ref) or not len(x):
            return np.zeros(len(x), dtype=np.float32)
        out = np.empty(len(x), dtype=np.float32)
        k = min(self.k, len(ref))
        for lo in range(0, len(x), 1024):  # blocks: a 100k x sample matrix would not fit
            sims = x[lo : lo + 1024] @ ref.T
            top = np.partition(sims, len(ref) - k, axis=1)[:, len(ref) - k :]
            out[lo : lo + len(top)] = top.mean(axis=1)
        return out

    def transform(
        self, offers: F32, needs: F32, offer_langs: Sequence[str], need_langs: Sequence[str]
    ) -> tuple[F32, F32, npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """Centred offers and needs, and each row's hub terms ``(h_o, h_n)`` (see the module)."""
        o = self._centre(offers, offer_langs, self.offer_means)
        n = self._centre(needs, need_langs, self.need_means)
        if not len(self.ref_needs):
            zero = np.zeros(len(o), dtype=np.float32)
            return o, n, zero, np.zeros(len(n), dtype=np.float32)
        h_o = (self._hub(o, self.ref_needs) - np.float32(self.hub_offers)) / 2
        h_n = (self._hub(n, self.ref_offers) - np.float32(self.hub_needs)) / 2
        return o, n, h_o.astype(np.float32), h_n.astype(np.float32)


def fit_text_space(
    offers: F32,
    needs: F32,
    offer_langs: Sequence[str],
    need_langs: Sequence[str],
    *,
    k: int = 10,
    centre_languages: bool = True,
    sample: int = 1024,
    seed: int = 0,
    blocks: Sequence[int] = (),
) -> TextSpace:
    """Fit a community's :class:`TextSpace` on its offers and needs (one row per person).

    Parameters
    ----------
    offers, needs : arrays (n, dim)
        The raw, normalised field vectors (float32, or float16: read :data:`CHUNK` rows
        at a time in float32, so a million rows are never copied whole).
    offer_langs, need_langs : sequences of str
        Each text's language (:func:`text_language`).
    k : int
        Neighbours of the hubness term (0: no hubness reduction).
    centre_languages : bool
        Take each language's mean away.
    sample : int
        Most reference rows neighbours are counted in (``k`` scaled down beyond it).
    seed : int
        Which sample.
    blocks : sequence of int
        The widths of an ensemble encoder's parts (``EnsembleEncoder.blocks``): each is
        centred and normalised on its own. Empty: one block.

    Examples
    --------
    >>> import numpy as np
    >>> e = np.eye(3, dtype=np.float32)
    >>> s = fit_text_space(e, e[[1, 2, 0]], ["en"] * 3, ["fr"] * 3, k=0)
    >>> sorted(s.offer_means), len(s.ref_offers)
    (['en'], 0)
    >>> pair = np.hstack([e, e[[1, 2, 0]]]) / np.sqrt(2)
    >>> two = fit_text_space(pair, pair, ["en"] * 3, ["en"] * 3, k=0, blocks=(3, 3))
    >>> o, _, _, _ = two.transform(pair, pair, ["en"] * 3, ["en"] * 3)
    >>> [round(float(x), 4) for x in np.linalg.norm(o[:, :3], axis=1)]  # each: 1 / sqrt(2)
    [0.7071, 0.7071, 0.7071]
    >>> fit_text_space(e, e, ["en"] * 3, ["en"] * 3, blocks=(2, 2))
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: text space blocks must be positive widths adding up to the vectors' length (got (2, 2)); give the encoder's blocks (their sum must be 3)
    >>> fit_text_space(e, e, ["en"] * 3, ["en"] * 3, k=-1)
    Traceback (most recent call last):
    ...
    matcher.errors.InvalidInput: hubness k must be >= 0 (got -1); use 0 to switch hubness reduction off
    """
    if k < 0:
        raise InvalidInput(
            "hubness k must be >= 0",
            field="hubness_k",
            value=k,
            hint="use 0 to switch hubness reduction off",
        )
    offers, needs = np.asarray(offers), np.asarray(needs)
    widths = tuple(int(b) for b in blocks)
    if widths and (sum(widths) != offers.shape[1] or min(widths) < 1):
        raise InvalidInput(
            "text space blocks must be positive widths adding up to the vectors' length",
            field="blocks",
            value=widths,
            hint=f"give the encoder's blocks (their sum must be {offers.shape[1]})",
        )

    def means(x: npt.NDArray[np.floating[Any]], langs: Sequence[str]) -> dict[str, F32]:
        if not centre_languages:
            return {}
        out: dict[str, F32] = {}
        for lang in LANGUAGES:
            rows = [i for i, g in enumerate(langs) if (g if g in LANGUAGES else "en") == lang]
            if rows:
                out[lang] = _mean_rows(x, rows)
        return out

    plain = TextSpace(
        means(offers, offer_langs), means(needs, need_langs), _EMPTY, _EMPTY, 0, 0, 0, widths
    )
    size = len(offers)
    if k == 0 or size < 2:
        return plain
    # the reference rows only are corrected (each row's correction is its own)
    pick = (
        np.sort(np.random.default_rng(seed).choice(size, sample, replace=False))
        if size > sample
        else np.arange(size)
    )
    ref_o, ref_n, _, _ = plain.transform(
        offers[pick].astype(np.float32),
        needs[pick].astype(np.float32),
        [offer_langs[i] for i in pick],
        [need_langs[i] for i in pick],
    )
    k_eff = max(1, round(k * sample / size)) if size > sample else min(k, size)
    fitted = TextSpace(plain.offer_means, plain.need_means, ref_o, ref_n, k_eff, 0.0, 0.0, widths)
    # the mean hub term, over the reference rows (a sample of everyone: one ``sample**2``
    # product, not a second pass over the whole community)
    return TextSpace(
        plain.offer_means,
        plain.need_means,
        ref_o,
        ref_n,
        k_eff,
        float(np.mean(fitted._hub(ref_o, ref_n))),
        float(np.mean(fitted._hub(ref_n, ref_o))),
        widths,
    )


def _mean_rows(
    x: npt.NDArray[np.floating[Any]], rows: Sequence[int], chunk: int | None = None
) -> F32:
    """``x[rows].mean(axis=0)`` in float32, :data:`CHUNK` rows at a time (``x`` may be
    float16): the same bits as at once (numpy adds the rows of a column mean in order, and
    so does the running total here), without a float32 copy of a million rows.

    Examples
    --------
    >>> x = np.random.default_rng(0).standard_normal((10, 4)).astype(np.float32)
    >>> bool((_mean_rows(x, range(1, 10), chunk=3) == x[1:].mean(axis=0)).all())
    True
    """
    chunk = CHUNK if chunk is None else chunk
    if len(rows) <= chunk:
        return np.asarray(x[list(rows)].astype(np.float32).mean(axis=0), dtype=np.float32)
    total = np.zeros((1, x.shape[1]), dtype=np.float32)
    for lo in range(0, len(rows), chunk):
        part = x[list(rows[lo : lo + chunk])].astype(np.float32)
        total = np.add.reduce(np.concatenate([total, part]), axis=0, keepdims=True)
    return np.asarray(total[0] / np.float32(len(rows)), dtype=np.float32)


_EMPTY: F32 = np.zeros((0, 0), dtype=np.float32)
