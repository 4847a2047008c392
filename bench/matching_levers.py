"""The levers of issue 20 that were measured but not adopted, on the development half only.

Usage::

    python bench/matching_levers.py            # dev half of bench/eval/complementary_v2.json

The dev half is imported through the product (``bench/matching_eval.py``'s ``build``: the
real encoder, ``ProfileService.import_profiles``, stored field and phrase vectors); the
rankings are then recomputed here in numpy with the product's formula (hard filters by
:func:`matcher.matching.model.filter_reason`, roles by :func:`matcher.matching.model.role_score`,
ties counted against the partner), so levers that the product does not implement can be
compared with it on the same vectors. The first two lines reproduce what
``bench/matching_eval.py --levers`` measures through ``suggest()`` (today's code without and
with the text space), which checks the replica.

Levers:

* sentence-level encoding of offers and needs (the phrases the importer already encodes for
  explanations): ``c(A->B)`` = the mean over A's need phrases of the best cosine with B's
  offer phrases (max-mean), or the best pair (max-max), alone or blended with the field cosine;
* role inference from text for people without role tags: each untagged side gets the roles
  whose bilingual description is nearest its offers (or needs) text, above a threshold;
* other weights for text, values and roles.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import matching_eval as me  # noqa: E402

from embeddings.encoder import encoder_from_name  # noqa: E402
from matcher.matching.model import filter_reason, role_score  # noqa: E402
from matcher.matching.textspace import fit_text_space, text_language  # noqa: E402
from matcher.profiles.model import Role  # noqa: E402

#: one bilingual description per role (role inference)
ROLE_TEXT = {
    "tech": "I am a software engineer and developer, I write code and build apps."
    " Je suis développeur, ingénieur logiciel, je code.",
    "product": "I am a product manager: roadmap, user research, specifications."
    " Je suis chef de produit : feuille de route, recherche utilisateur.",
    "design": "I am a designer: user experience, interfaces, brand identity."
    " Je suis designer : expérience utilisateur, interfaces, identité visuelle.",
    "sales": "I sell to customers and close deals; business development."
    " Je vends aux clients et je signe des contrats ; développement commercial.",
    "marketing": "I do marketing: growth, advertising, content, social media."
    " Je fais du marketing : acquisition, publicité, contenu, réseaux sociaux.",
    "finance": "I handle finance: fundraising, accounting, financial models, investors."
    " Je gère la finance : levée de fonds, comptabilité, modèles financiers.",
    "operations": "I run operations: logistics, supply chain, day-to-day management."
    " Je gère les opérations : logistique, chaîne d'approvisionnement.",
    "legal": "I am a lawyer: contracts, regulation, compliance."
    " Je suis juriste ou avocat : contrats, réglementation, conformité.",
    "domain": "I am a domain expert with years of experience in my industry."
    " Je suis expert métier avec des années d'expérience dans mon secteur.",
}


def harmonic(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = np.maximum(a, 0), np.maximum(b, 0)
    s = a + b
    return np.where(s > 0, 2 * a * b / np.where(s > 0, s, 1), 0)


def unit(x: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(x, axis=1, keepdims=True)
    n[n == 0] = 1
    return x / n


def main(argv: Sequence[str] | None = None) -> int:
    real = encoder_from_name()
    encoder = me.CachedEncoder(real, ROOT / "bench" / ".cache" / f"eval-{real.name}.npz")
    es = me.held_out_set(2, "dev")
    community, _, _ = me.build(es, encoder)
    encoder.save()
    profiles = list(community.profiles.store.profiles())
    vec = community.profiles.load_vectors()
    ids = [p.id for p in profiles]
    pos = {p: i for i, p in enumerate(ids)}
    n = len(ids)
    offers = np.stack([vec[i].offers for i in ids]).astype(np.float64)
    needs = np.stack([vec[i].needs for i in ids]).astype(np.float64)
    values = np.stack([vec[i].values for i in ids]).astype(np.float64)
    allowed = np.array([[filter_reason(a, b) is None for b in profiles] for a in profiles])
    roles = np.array([[role_score(a, b) for b in profiles] for a in profiles])
    vals = np.maximum(values @ values.T, 0)
    qs = es.queries

    def report(label: str, met: np.ndarray, role_m: np.ndarray = roles, w=(0.6, 0.15, 0.25)):  # type: ignore[no-untyped-def]
        text = harmonic(met, met.T)
        out = []
        for s in (text, w[0] * text + w[1] * vals + w[2] * role_m):
            s = np.where(allowed, s, -np.inf)
            ranks = np.array(
                [
                    np.sum(s[pos[q.viewer]] >= s[pos[q.viewer], pos[q.partner]])
                    for q in qs  # ties count against the partner
                ],
                float,
            )
            cross = np.array([q.cross for q in qs])
            out.append((np.mean(1 / ranks), np.mean(ranks == 1), np.mean(ranks[cross] <= 3)))
        (tm, t1, tx), (fm, f1, _) = out
        print(
            f"{label:<44} text MRR {tm:.3f} hit@1 {t1:.3f} x-ling hit@3 {tx:.3f}"
            f" | full MRR {fm:.3f} hit@1 {f1:.3f}",
            flush=True,
        )

    raw = needs @ offers.T
    report("before (raw cosines)", raw)
    langs_o = [text_language(p.offers) for p in profiles]
    langs_n = [text_language(p.needs) for p in profiles]
    space = fit_text_space(offers.astype(np.float32), needs.astype(np.float32), langs_o, langs_n)
    o, nd, h_o, h_n = space.transform(
        offers.astype(np.float32), needs.astype(np.float32), langs_o, langs_n
    )
    spaced = nd.astype(np.float64) @ o.T.astype(np.float64) - h_o[None, :] - h_n[:, None]
    report("text space (default: centre + hubness k=10)", spaced)

    # sentence-level encoding with max/mean pooling
    def phrases(i: int, field: str) -> np.ndarray:
        v = vec[ids[i]]
        m = v.need_phrase_vectors if field == "needs" else v.offer_phrase_vectors
        whole = (needs if field == "needs" else offers)[i : i + 1]
        return m.astype(np.float64) if len(m) and m.shape[1] == whole.shape[1] else whole

    need_p = [phrases(i, "needs") for i in range(n)]
    offer_p = [phrases(i, "offers") for i in range(n)]
    all_offers = np.vstack(offer_p)
    owner = np.concatenate([[j] * len(m) for j, m in enumerate(offer_p)])
    max_mean, max_max = np.zeros((n, n)), np.zeros((n, n))
    for i in range(n):
        sims = need_p[i] @ all_offers.T
        for j in range(n):
            block = sims[:, owner == j]
            max_mean[i, j] = block.max(axis=1).mean()
            max_max[i, j] = block.max()
    print(f"  (phrases per needs text: {np.mean([len(m) for m in need_p]):.2f} on average)")
    for label, pooled in (("max-mean", max_mean), ("max-max", max_max)):
        report(f"phrases {label}", pooled)
        for a in (0.5, 0.7):
            report(f"{a} field + {1 - a:.1f} phrases {label}", a * raw + (1 - a) * pooled)
    mean_pooled = (
        unit(np.stack([m.mean(0) for m in need_p])) @ unit(np.stack([m.mean(0) for m in offer_p])).T
    )
    report("mean of phrase vectors as the field", mean_pooled)

    # role inference from text for untagged sides
    role_vectors = encoder.encode(list(ROLE_TEXT.values())).astype(np.float64)
    names = list(ROLE_TEXT)
    for threshold in (0.3, 0.4):
        for top in (1, 2):
            inferred = []
            for i, p in enumerate(profiles):
                q = p
                if not p.roles_offered:
                    s = offers[i] @ role_vectors.T
                    pick = [Role(names[r]) for r in np.argsort(-s)[:top] if s[r] >= threshold]
                    q = replace(q, roles_offered=tuple(pick))
                if not p.roles_sought:
                    s = needs[i] @ role_vectors.T
                    pick = [Role(names[r]) for r in np.argsort(-s)[:top] if s[r] >= threshold]
                    q = replace(q, roles_sought=tuple(pick))
                inferred.append(q)
            r2 = np.array([[role_score(a, b) for b in inferred] for a in inferred])
            report(f"roles inferred (>= {threshold}, top {top}), text space", spaced, r2)

    # other weights, with the text space
    for w in ((0.7, 0.1, 0.2), (0.7, 0.15, 0.15), (0.8, 0.1, 0.1), (0.5, 0.25, 0.25)):
        report(f"weights {w}, text space", spaced, roles, w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
