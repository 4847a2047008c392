"""The real default encoder (USE multilingual v3 and multilingual-e5-small side by side, both
shipped in PyPI packages, e5 reading needs as questions): cross-lingual matching."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings.encoder import (
    DEFAULT_ENCODER,
    NEED_MAP,
    AdaptedEncoder,
    EnsembleEncoder,
    SentenceTransformerEncoder,
    USEEncoder,
    encode_field,
    encoder_from_name,
    query_fields,
)
from matcher.access import ADMIN
from matcher.community import Community
from tests.conftest import person

pytestmark = pytest.mark.slow

PEOPLE = [
    person(
        "claire",
        offers="Dix ans de vente B2B dans l'agroalimentaire. Je connais les distributeurs et "
        "je sais signer des contrats avec les grands comptes.",
        needs="Je cherche un associé technique, un développeur capable de construire notre "
        "plateforme web et l'application mobile.",
        values="Transparence totale sur le partage du capital, engagement à plein temps.",
        roles_offered="sales",
        roles_sought="tech",
        languages="fr;en",
    ),
    person(
        "james",
        offers="Full-stack software engineer: I build web platforms and mobile apps in Python, "
        "React and Kotlin, and run them in the cloud.",
        needs="Looking for a business co-founder who can sell to large customers and close "
        "deals with distributors.",
        values="Full-time commitment, open books and a fair equity split.",
        roles_offered="tech",
        roles_sought="sales",
        languages="en",
    ),
    person(
        "li",
        offers="Brand designer: logos, packaging and visual identity for food brands.",
        needs="A marketing partner to grow our social media audience.",
        values="Creative freedom, remote work.",
        roles_offered="design",
        roles_sought="marketing",
        languages="en",
    ),
    person(
        "marc",
        offers="Avocat d'affaires, je rédige les pactes d'associés et les statuts.",
        needs="Un expert-comptable pour monter un cabinet de conseil.",
        values="Rigueur, discrétion.",
        roles_offered="legal",
        roles_sought="finance",
        languages="fr",
    ),
    person(
        "sara",
        offers="Data scientist, machine learning models for retail demand forecasting.",
        needs="A product manager who can talk to retailers and define the roadmap.",
        values="Evidence over opinions, part-time for now.",
        roles_offered="tech",
        roles_sought="product",
        languages="en;fr",
    ),
]


@pytest.fixture(scope="module")
def real() -> Community:
    service = Community(":memory:", encoder_from_name(DEFAULT_ENCODER))
    service.profiles.import_profiles(PEOPLE)
    return service


def test_default_is_the_packaged_multilingual_models_side_by_side() -> None:
    adapted = encoder_from_name()
    assert isinstance(adapted, AdaptedEncoder) and adapted.map_name == NEED_MAP
    enc = adapted.inner
    assert isinstance(enc, EnsembleEncoder) and enc.dim == adapted.dim == 512 + 384
    use, e5 = enc.parts
    assert isinstance(use, USEEncoder) and isinstance(e5, SentenceTransformerEncoder)
    assert query_fields(adapted) == query_fields(enc) == ("needs",) and query_fields(use) == ()
    v = enc.encode(["Je cherche un développeur", "Looking for a developer", "I sell insurance"])
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-5)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    # the need map: a need lands nearer the offer that meets it, and keeps unit length
    need = ["Je cherche quelqu'un qui sache vendre aux hôpitaux"]
    offer = enc.encode(["I have sold software to hospitals for ten years"])[0]
    raw, mapped = encode_field(enc, "needs", need)[0], adapted.encode_field("needs", need)[0]
    assert abs(float(np.linalg.norm(mapped)) - 1) < 1e-5
    assert float(mapped @ offer) > float(raw @ offer)


def test_french_founder_finds_the_english_developer(real: Community) -> None:
    top = real.matching.suggest("claire", k=3, actor=ADMIN)
    assert top[0].candidate == "james"
    assert top[0].components.need_met > 0.3 and top[0].components.need_met_back > 0.3
    phrase = top[0].meets_my_needs[0]
    assert "associé technique" in phrase.need or "développeur" in phrase.need
    assert any(w in phrase.offer for w in ("engineer", "build", "web", "mobile"))


def test_and_the_reverse(real: Community) -> None:
    top = real.matching.suggest("james", k=3, actor=ADMIN)
    assert top[0].candidate == "claire"
    assert top[0].meets_their_needs  # his offers meet her (French) needs


def test_encoding_is_cached_by_text_hash(real: Community) -> None:
    assert real.profiles.ensure_vectors() == 0
    real.profiles.update_profile(
        "li", {"needs": "Un associé marketing pour Instagram."}, actor=ADMIN
    )
    assert real.profiles.ensure_vectors() == 0  # update already encoded just the changed field
    hashes = real.profiles.store.vector_hashes(real.encoder.name)
    assert len(hashes) == 3 * len(PEOPLE)


def test_e5_with_a_query_role_encodes_needs_with_the_query_prompt() -> None:
    asking = encoder_from_name("multilingual-e5-small-q")
    plain = encoder_from_name("multilingual-e5-small")
    text = "Nobody calls me until after something's been cut."
    need = encode_field(asking, "needs", [text])[0]
    offer = encode_field(asking, "offers", [text])[0]
    assert np.allclose(offer, plain.encode([text])[0], atol=1e-5)  # passages are unchanged
    query = SentenceTransformerEncoder("multilingual-e5-small", prompt_name="query")
    assert np.allclose(need, query.encode([text])[0], atol=1e-5)
    assert query._load().prompts["query"] == "query: "
    assert 0.8 < float(need @ offer) < 0.999  # the same text, asked rather than told
