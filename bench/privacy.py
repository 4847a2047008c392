"""Privacy benchmark: what an erasure and an export cost, against a plain delete in the same run.

Usage::

    python bench/privacy.py [--people 10000] [--erasures 10] [--seed 1]
                            [--out bench/results/privacy.json]

Method: ``--people`` synthetic profiles (``data/generate.py``) in a SQLite file, encoded
with the fake 512-d encoder (the stored vectors and the index have the real model's
size; their values do not change the cost of removing them), the search state built
and an HNSW index saved (as from 10,000 people in production). Half of the people
also sit in one venture whose ledger holds 2,000 entries. Then, interleaved, for
``--erasures`` people each:

* *baseline*: ``Service.delete_profile`` (the rows of the profile, vectors, tokens,
  avoids and trust records, one transaction; the old ``DELETE /profiles/{id}``);
* *erase*: ``PrivacyService.erase`` (the same rows, the ledger pseudonymised, the
  reference check over every person column, the in-memory state patched, the index
  scrubbed and rewritten, the WAL checkpointed);
* *erase + VACUUM* (a third of the count);
* *export* of a person in the venture;
* *index_save_alone*: ``Service.save_index`` (the atomic rewrite of the index file that
  every erasure does), for reference.

Ratios are medians against the baseline's median. The file sizes are reported, since
rewriting the index file is expected to dominate at scale.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from data.generate import generate  # noqa: E402
from embeddings.encoder import FakeEncoder  # noqa: E402
from matcher.access import ADMIN, Actor  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.equity.model import Rate  # noqa: E402
from matcher.matching import MatchSettings  # noqa: E402


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def run(people: int, erasures: int, seed: int, folder: Path) -> dict[str, Any]:
    rng = random.Random(seed)
    profiles, _ = generate(people, seed=seed)
    db = folder / "bench.db"
    service = Community(
        db,
        FakeEncoder(dim=512),
        MatchSettings(index_kind="hnsw"),  # as from 10,000 people; the file is rewritten
        index_path=db.with_suffix(".index"),
    )
    equity, privacy = service.equity, service.privacy
    t = time.perf_counter()
    service.profiles.import_profiles(profiles)
    imported = time.perf_counter() - t
    ids = [str(p["id"]) for p in profiles]
    t = time.perf_counter()
    service.matching.suggest(ids[0], k=10, actor=ADMIN)
    service.matching.save_index()
    built = time.perf_counter() - t
    members = ids[: len(ids) // 2][:200]
    equity.create_venture(
        "bench", actor=ADMIN, owner=members[0], exact=True, start=dt.date(2024, 1, 1)
    )
    with service.db.transaction():  # members as if each had accepted an invitation
        for m in members[1:]:
            equity.store.add_membership("bench", m, "member", members[0])
        for m in members:  # and their opening salaries as if each had been accepted
            equity.store.add_rate("bench", Rate(m, dt.date(2024, 1, 1), Decimal(100_000)))
    with service.db.transaction():
        for n in range(2000):
            m = members[n % len(members)]
            equity.post(
                "bench",
                {
                    "member": m,
                    "kind": "cash",
                    "on": "2024-02-01",
                    "amount": 10 + n,
                    "note": f"n{n}",
                },
                key=f"k{n}",
                actor=ADMIN,
                author=m,
            )
    in_venture = set(members)
    pool = [i for i in ids[1:] if i in in_venture]
    rng.shuffle(pool)
    sizes = {p.name: p.stat().st_size for p in folder.iterdir()}
    names = ("baseline", "erase", "erase_vacuum", "export", "index_save_alone")
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(erasures):
        a, b = pool.pop(), pool.pop()
        t = time.perf_counter()
        service.profiles.delete_profile(a, actor=ADMIN)
        times["baseline"].append(time.perf_counter() - t)
        service.matching.suggest(
            ids[0], k=10, actor=ADMIN
        )  # the baseline's state catch-up, untimed
        t = time.perf_counter()
        service.matching.save_index()
        times["index_save_alone"].append(time.perf_counter() - t)
        e = pool[-1]
        t = time.perf_counter()
        privacy.export(e, actor=Actor(e))
        times["export"].append(time.perf_counter() - t)
        t = time.perf_counter()
        privacy.erase(b, actor=ADMIN)
        times["erase"].append(time.perf_counter() - t)
        if i % 3 == 0:
            c = pool.pop()
            t = time.perf_counter()
            privacy.erase(c, actor=ADMIN, vacuum=True)
            times["erase_vacuum"].append(time.perf_counter() - t)
    base = statistics.median(times["baseline"])
    return {
        "people": people,
        "erasures": erasures,
        "encoder": "fake-512 (vector sizes of the real model)",
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg()[0],
        "setup_s": {"import": round(imported, 1), "state_and_index": round(built, 1)},
        "file_bytes": sizes,
        "median_ms": {k: _ms(statistics.median(v)) for k, v in times.items() if v},
        "ratio_to_baseline": {
            k: round(statistics.median(v) / base, 1) for k, v in times.items() if v
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--erasures", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/privacy.json")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.people, args.erasures, args.seed, Path(tmp))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    sys.stdout.write(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
