"""Dev half only: how the two text directions are combined (harmonic, min, geometric,
arithmetic mean), three weightings, and the role term counted only when both people have
role tags (instead of the neutral 0.5). Numpy replica of the product's formula over the
vectors the product's import stores (as bench/matching_levers.py).

Usage::

    python bench/matching_levers_combine.py
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _p in (ROOT, ROOT / "bench"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))
import matching_eval as me  # noqa: E402
import numpy as np  # noqa: E402

from embeddings.encoder import encoder_from_name  # noqa: E402
from matcher.matching.model import filter_reason, role_score  # noqa: E402
from matcher.matching.textspace import fit_text_space, text_language  # noqa: E402

enc = me.CachedEncoder(
    encoder_from_name(), me.ROOT / "bench" / ".cache" / "eval-use-multilingual-v3.npz"
)
es = me.held_out_set(2, "dev")
com, _, _ = me.build(es, enc)
people = list(com.profiles.store.profiles())
vec = com.profiles.load_vectors()
ids = [p.id for p in people]
pos = {p: i for i, p in enumerate(ids)}
offers_raw = np.stack([vec[i].offers for i in ids]).astype(np.float32)
needs_raw = np.stack([vec[i].needs for i in ids]).astype(np.float32)
values_raw = np.stack([vec[i].values for i in ids]).astype(np.float64)
allowed = np.array([[filter_reason(a, b) is None for b in people] for a in people])
roles = np.array([[role_score(a, b) for b in people] for a in people])
tagged = np.array(
    [
        [
            bool(a.roles_sought or a.roles_offered) and bool(b.roles_sought or b.roles_offered)
            for b in people
        ]
        for a in people
    ]
)
lo = [text_language(p.offers) for p in people]
ln = [text_language(p.needs) for p in people]
sp = fit_text_space(offers_raw, needs_raw, lo, ln)
o, n, ho, hn = sp.transform(offers_raw, needs_raw, lo, ln)
met = np.maximum(n.astype(np.float64) @ o.T - ho[None, :] - hn[:, None], 0)
vals = np.maximum(values_raw @ values_raw.T, 0)


def harm(a, b):
    s = a + b
    return np.where(s > 0, 2 * a * b / np.where(s > 0, s, 1), 0)


def rep(label, s):
    s = np.where(allowed, s, -np.inf)
    r = np.array(
        [np.sum(s[pos[q.viewer]] >= s[pos[q.viewer], pos[q.partner]]) for q in es.queries], float
    )
    print(
        f"{label:<50} MRR {np.mean(1 / r):.3f} h1 {np.mean(r == 1):.3f} h3 {np.mean(r <= 3):.3f}",
        flush=True,
    )


for tn, t in (
    ("harmonic", harm(met, met.T)),
    ("min", np.minimum(met, met.T)),
    ("geo", np.sqrt(met * met.T)),
    ("mean", (met + met.T) / 2),
):
    rep(f"text {tn}", t)
    for w in ((0.6, 0.15, 0.25), (0.8, 0.1, 0.1), (0.75, 0.05, 0.2)):
        full = w[0] * t + w[1] * vals + w[2] * roles
        rep(f"  full {w}", full)
        drop = np.where(tagged, full, (w[0] * t + w[1] * vals) / (w[0] + w[1]))
        rep(f"  full {w} roles only when both tagged", drop)
