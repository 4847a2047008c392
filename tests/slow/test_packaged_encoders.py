"""The packaged encoders measured on 7 December as options (docs/matching-quality.md,
"Packaged encoders surveyed"): the real weights, from the optional extra, offline."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from embeddings.encoder import WORDLLAMA, WordLlamaEncoder, encoder_from_name
from matcher.access import ADMIN
from matcher.community import Community
from tests.conftest import person

pytestmark = pytest.mark.slow

pytest.importorskip(
    "wordllama",
    reason="the optional extra wordllama is not installed (pip install 'cofoundry[wordllama]')",
)


def test_wordllama_encodes_from_the_wheel_without_a_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import requests

    def no_network(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"wordllama reached for the network: {args}")

    monkeypatch.setattr(requests, "get", no_network)
    monkeypatch.setattr(requests.Session, "request", no_network)
    enc = WordLlamaEncoder()
    v = enc.encode(
        [
            "",
            "I build web platforms and mobile apps in Python.",
            "Software engineer: web applications and mobile apps, Python.",
            "I sell insurance to farmers.",
        ]
    )
    assert v.shape == (4, 256) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), [0, 1, 1, 1], atol=1e-5)  # empty: zeros
    assert v[1] @ v[2] > v[1] @ v[3] + 0.2


def test_a_community_encoded_beside_use_ranks_the_english_partner_first() -> None:
    people = [
        person(
            "ada",
            offers="Backend engineer, Python and PostgreSQL.",
            needs="A sales co-founder.",
            roles_offered="tech",
            roles_sought="sales",
        ),
        person(
            "bob",
            offers="Enterprise sales, I close deals with large customers.",
            needs="A backend engineer to build the product.",
            roles_offered="sales",
            roles_sought="tech",
        ),
        person(
            "cy",
            offers="Wedding photographer.",
            needs="A florist.",
            roles_offered="design",
            roles_sought="marketing",
        ),
    ]
    community = Community(":memory:", encoder_from_name(f"use-multilingual-v3+{WORDLLAMA}"))
    community.profiles.import_profiles(people)
    assert community.encoder.name == "use-multilingual-v3+wordllama-l2-supercat"
    assert community.matching.suggest("ada", k=2, actor=ADMIN)[0].candidate == "bob"
