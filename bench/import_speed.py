"""The import against the raw encoder on the same sentences, in one run.

Usage::

    python bench/import_speed.py                    # 1,000 generated profiles, real encoder
    python bench/import_speed.py --profiles 2000 --passes 2 --out /tmp/import.json

Profiles from ``data/generate.py``. Alternating, ``--passes`` times each (the best is kept):

* ``raw``: the packaged encoder alone over exactly the distinct strings an import sends it
  (every field text whole, and the offers' and needs' phrases: ``split_phrases``);
* ``import``: ``ProfileService.import_profiles`` into a fresh SQLite file (validation,
  profile rows, the encoder, vector rows), the product's whole import.

Prints sentences/s and profiles/s for both and ``import/raw``, the share of the import's time
that is not encoding (issue 20's target: within 1.3x).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from embeddings.encoder import encoder_from_name  # noqa: E402
from matcher.community import Community  # noqa: E402
from matcher.profiles.model import split_phrases  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "import_speed.json"


def _generator() -> Any:
    spec = importlib.util.spec_from_file_location("cofoundry_gen", ROOT / "data" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=1000)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--encoder", default="use-multilingual-v3")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    rows, _ = _generator().generate(args.profiles, args.seed)
    strings: list[str] = []
    for r in rows:
        for field in ("offers", "needs", "values"):
            text = str(r.get(field) or "").strip()
            strings.append(text)
            if field != "values":
                strings.extend(split_phrases(text))
    distinct = list(dict.fromkeys(s for s in strings if s.strip()))
    encoder = encoder_from_name(args.encoder)
    encoder.encode(["warm-up"])
    raw_times, import_times = [], []
    for _ in range(max(1, args.passes)):
        t0 = time.perf_counter()
        encoder.encode(distinct)
        raw_times.append(time.perf_counter() - t0)
        with tempfile.TemporaryDirectory(prefix="cofoundry-import-") as tmp:
            community = Community(Path(tmp) / "import.db", encoder)
            t0 = time.perf_counter()
            community.profiles.import_profiles(rows)
            import_times.append(time.perf_counter() - t0)
            community.profiles.db.close()
    raw, imp = min(raw_times), min(import_times)
    out = {
        "profiles": len(rows),
        "sentences": len(distinct),
        "encoder": encoder.name,
        "raw_seconds": raw_times,
        "import_seconds": import_times,
        "raw_sentences_per_s": round(len(distinct) / raw, 1),
        "import_sentences_per_s": round(len(distinct) / imp, 1),
        "raw_profiles_per_s": round(len(rows) / raw, 1),
        "import_profiles_per_s": round(len(rows) / imp, 1),
        "import_over_raw": round(imp / raw, 3),
        "load_average": list(os.getloadavg()),
    }
    print(
        f"{len(rows)} profiles, {len(distinct)} distinct sentences: raw encoder"
        f" {out['raw_sentences_per_s']} sentences/s ({out['raw_profiles_per_s']} profiles/s);"
        f" import {out['import_sentences_per_s']} sentences/s"
        f" ({out['import_profiles_per_s']} profiles/s); import/raw {out['import_over_raw']}"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
